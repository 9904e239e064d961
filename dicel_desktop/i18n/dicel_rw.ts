<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../gui/admin/action_dialog.py" line="+142"/>
        <source>Their open sessions could not be ended: %1; IT can end them with dicel_end_sessions.</source>
        <translation>Amasomo ye afunguye ntiyashoboye gufungwa: %1; IT ishobora kuyafunga ikoresheje dicel_end_sessions.</translation>
    </message>
</context>
<context>
    <name>AuditValuesEditor</name>
    <message>
        <location filename="../gui/editors/audit_values.py" line="+116"/>
        <source>%1 (deleted, or hidden from you)</source>
        <translation>%1 (yasibwe, cyangwa udashobora kuyibona)</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../gui/editors/choices.py" line="+76"/>
        <source>Not set</source>
        <translation>Ntibyujujwe</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../gui/charts/budget_chart.py" line="+81"/>
        <source>Fiscal year</source>
        <translation>Umwaka w’ingengo y’imari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By department</source>
        <translation>Hakurikijwe ishami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By category</source>
        <translation>Hakurikijwe icyiciro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the bars</source>
        <translation>Guhuza inkingi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal &amp;year:</source>
        <translation>U&amp;mwaka w’ingengo y’imari:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Million RWF</source>
        <translation>Miliyoni RWF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending month by month</source>
        <translation>Ikoreshwa ry’amafaranga buri kwezi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrow keys choose a month, Enter opens its expenses.</source>
        <translation>Utwambi two kuri mudasobwa duhitamo ukwezi, Enter ifungura ikoreshwa ry’amafaranga ryako.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Million RWF, year to date</source>
        <translation>Miliyoni RWF, kuva Mutarama</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Allocated: {0}</source>
        <translation>Yagenewe: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent: {0}</source>
        <translation>Yakoreshejwe: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining: {0}</source>
        <translation>Isigaye: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over budget by {0}</source>
        <translation>Byarenze ingengo y’imari ho {0}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Allocated</source>
        <translation>Yagenewe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Spent</source>
        <translation>Yakoreshejwe</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Remaining</source>
        <translation>Isigaye</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Straight-line budget</source>
        <translation>Ingengo y’imari ikoreshwa kimwe buri kwezi</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>No department</source>
        <translation>Nta shami</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+10"/>
        <location line="+170"/>
        <source>Over budget</source>
        <translation>Byarenze ingengo y’imari</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No budget you may see.</source>
        <translation>Nta ngengo y’imari wemerewe kubona.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budgets of {0}: allocated {1}, spent {2}.</source>
        <translation>Ingengo y’imari ya {0}: yagenewe {1}, yakoreshejwe {2}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over budget: {0}.</source>
        <translation>Byarenze ingengo y’imari: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing over budget.</source>
        <translation>Nta kintu cyarenze ingengo y’imari.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: allocated {1}, spent {2}, remaining {3}{4}.</source>
        <translation>{0}: yagenewe {1}, yakoreshejwe {2}, isigaye {3}{4}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, over budget</source>
        <translation>, byarenze ingengo y’imari</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spent to the end of {0}: {1}, against {2} spending evenly.</source>
        <translation>Ayakoreshejwe kugeza ku mpera za {0}: {1}, ugereranyije na {2} iyo akoreshwa kimwe buri kwezi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget {0}. The arrow keys choose a group, Enter opens its expenses.</source>
        <translation>Ingengo y’imari {0}. Utwambi duhitamo itsinda, Enter ifungura ikoreshwa ry’amafaranga ryaryo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget bars: none</source>
        <translation>Inkingi z’ingengo y’imari: nta na imwe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}: spent {1} to date, against {2} spending evenly</source>
        <translation>{0}: hakoreshejwe {1} kugeza ubu, ugereranyije na {2} iyo akoreshwa kimwe buri kwezi</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>1 line over budget</source>
        <translation>Umurongo 1 warenze ingengo y’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} lines over budget</source>
        <translation>Imirongo {0} yarenze ingengo y’imari</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{0}: {1} over</source>
        <translation>{0}: yarenzeho {1}</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>{0} ({1} over)</source>
        <translation>{0} (yarenzeho {1})</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Number of lines over budget</source>
        <translation>Umubare w’imirongo yarenze ingengo y’imari</translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/bulk_decision_dialog.py" line="+113"/>
        <source>Approve</source>
        <translation>Kwemeza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve this item?</source>
        <translation>Wemeza iki kintu?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Approve these %n items?</source>
        <translation>
            <numerusform>Wemeza ibi bintu %n?</numerusform>
            <numerusform>Wemeza ibi bintu %n?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Emeza</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Emeza %n</numerusform>
            <numerusform>&amp;Emeza %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Kwanga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject this item?</source>
        <translation>Wanga iki kintu?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reject these %n items?</source>
        <translation>
            <numerusform>Wanga ibi bintu %n?</numerusform>
            <numerusform>Wanga ibi bintu %n?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>&amp;Anga</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Reject %n</source>
        <translation>
            <numerusform>&amp;Anga %n</numerusform>
            <numerusform>&amp;Anga %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items to decide</source>
        <translation>Ibigomba gufatirwa icyemezo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rejecting a pay period cancels its payroll run and its payslips; the month can then be run again.</source>
        <translation>Kwanga igihe cy’umushahara bihagarika ibarwa ryacyo n’impapuro z’imishahara; ukwezi gushobora kongera kubarwa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Note (optional, recorded with each decision):</source>
        <translation>&amp;Icyitonderwa (si ngombwa, cyandikwa kuri buri cyemezo):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Incamake</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Its facts could not be read: {problem}</source>
        <translation>Amakuru yacyo ntiyashoboye gusomwa: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Deciding…</source>
        <translation>Gufata icyemezo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approved</source>
        <translation>Byemejwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run cancelled</source>
        <translation>Ibarwa ryahagaritswe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Byanzwe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not decided: {reason}</source>
        <translation>Nta cyemezo cyafashwe: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing could be decided: {problem}</source>
        <translation>Nta cyemezo cyashoboye gufatwa: {problem}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>It is no longer there to decide.</source>
        <translation>Ntikikiriho ngo gifatirwe icyemezo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{days}; {state} already.</source>
        <translation>{days}; bwamaze kuba {state}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{days}; this leave has no yearly allowance.</source>
        <translation>{days}; iki kiruhuko nta minsi igenwe ku mwaka gifite.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{days}; %n of {allowance_days} taken in {year}.</source>
        <translation>
            <numerusform>{days}; iminsi %n kuri {allowance} yafashwe mu {year}.</numerusform>
            <numerusform>{days}; iminsi %n kuri {allowance} yafashwe mu {year}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{days}; {over} beyond the allowance of {allowance} for {year}: approving is refused.</source>
        <translation>{days}; birenze iminsi igenwe ({allowance} mu {year}) ho {over}: kubyemeza biranzwe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {line}: {left} left after approval.</source>
        <translation>Ingengo y’imari {line}: {left} izasigara nyuma yo kwemeza.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total {total}; {state} already.</source>
        <translation>Igiteranyo {total}; rwamaze kuba {state}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {total}; waiting for: {level}.</source>
        <translation>Igiteranyo {total}; rutegereje: {level}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, from {name}</source>
        <translation>, byatanzwe na {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {title}, {amount}</source>
        <translation>{kind}: {title}, {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n approved.</source>
        <translation>
            <numerusform>%n byemejwe.</numerusform>
            <numerusform>%n byemejwe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 may have been decided: reload to see.</source>
        <translation>1 gishobora kuba cyafashweho icyemezo: ongera ufungure urebe.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n rejected.</source>
        <translation>
            <numerusform>%n byanzwe.</numerusform>
            <numerusform>%n byanzwe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 pay period cancelled</source>
        <translation>igihe 1 cy’umushahara cyahagaritswe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pay periods cancelled</source>
        <translation>
            <numerusform>igihe %n cy’umushahara cyahagaritswe</numerusform>
            <numerusform>ibihe %n by’umushahara byahagaritswe</numerusform>
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
            <numerusform>%n byanzwe</numerusform>
            <numerusform>%n byanzwe</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>1 not decided: the reason is beside it.</source>
        <translation>1 nticyafatiwe icyemezo: impamvu iri iruhande rwacyo.</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Reading its facts…</source>
        <translation>Gusoma amakuru yacyo…</translation>
    </message>
    <message numerus="yes">
        <location line="+290"/>
        <source>{days}; once approved, %n of {allowance_days} left for {year}.</source>
        <translation>
            <numerusform>{days}; nibimara kwemezwa, hazasigara iminsi %n kuri {allowance} mu {year}.</numerusform>
            <numerusform>{days}; nibimara kwemezwa, hazasigara iminsi %n kuri {allowance} mu {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n payslip(s), {net} net to pay.</source>
        <translation>
            <numerusform>Urupapuro %n rw’umushahara, {net} yo kwishyura.</numerusform>
            <numerusform>Impapuro %n z’umushahara, {net} yo kwishyura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n not decided: the reason is beside each.</source>
        <translation>
            <numerusform>%n ntibyafatiwe icyemezo: impamvu iri iruhande rwa buri kimwe.</numerusform>
            <numerusform>%n ntibyafatiwe icyemezo: impamvu iri iruhande rwa buri kimwe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Decided:</source>
        <translation>Ibyemezo byafashwe:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(Counting the items above as approved too.)</source>
        <translation>(Bibariwemo n’ibiri hejuru nk’ibyemejwe.)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Budget {line}: {left} left.</source>
        <translation>Ingengo y’imari {line}: hasigaye {left}.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../gui/editors/calendar_popup.py" line="+62"/>
        <source>Clear</source>
        <translation>Siba</translation>
    </message>
</context>
<context>
    <name>CancelLeaveDialog</name>
    <message>
        <location filename="../gui/workflows/cancel_leave_dialog.py" line="+32"/>
        <source>Cancel leave</source>
        <translation>Guhagarika ikiruhuko</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It was approved: its days go back to the balance.</source>
        <translation>Cyari cyaremejwe: iminsi yacyo isubizwa mu minsi isigaye.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancel %1&apos;s %2 (%3, %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel your %2 (%3, %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why the leave is cancelled</source>
        <translation>Impamvu ikiruhuko gihagaritswe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;leave</source>
        <translation>Hagarika iki&amp;ruhuko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Kireke</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The leave is cancelled.</source>
        <translation>Ikiruhuko cyahagaritswe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Birahagarikwa…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Vamo</translation>
    </message>
</context>
<context>
    <name>CaseStepDialog</name>
    <message>
        <location filename="../gui/workflows/case_step_fields.py" line="+203"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_dialog.py" line="+126"/>
        <source>&amp;Back</source>
        <translation>&amp;Subira inyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this without taking the step (Esc)</source>
        <translation>Vamo udakoze iyi ntambwe (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_fields.py" line="-79"/>
        <source>Assign to</source>
        <translation>Guha inshingano</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_dialog.py" line="+220"/>
        <location filename="../gui/workflows/case_step_fields.py" line="+2"/>
        <source>Loading the people who can take it…</source>
        <translation>Gufungura abantu bashobora kubikora…</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_fields.py" line="+5"/>
        <source>Assign &amp;to:</source>
        <translation>Bishinge &amp;uwo:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a person</source>
        <translation>Hitamo umuntu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was wrong, and what was done about it</source>
        <translation>Icyari kitagenda neza, n’icyakozwe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resol&amp;ution:</source>
        <translation>I&amp;gisubizo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why (required)</source>
        <translation>Impamvu (ni ngombwa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Required: it is kept with the record</source>
        <translation>Ni ngombwa: ibikwa hamwe n’inyandiko</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Why:</source>
        <translation>Im&amp;pamvu:</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_settled_facts.py" line="+45"/>
        <source>Amount involved:</source>
        <translation>Amafaranga arebwa:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completion date:</source>
        <translation>Itariki yo kurangiza:</translation>
    </message>
    <message>
        <location filename="../gui/unanswered.py" line="+46"/>
        <location filename="../gui/workflows/case_step_dialog.py" line="+3"/>
        <location line="+21"/>
        <source>Working…</source>
        <translation>Birakorwa…</translation>
    </message>
</context>
<context>
    <name>CaseSteps</name>
    <message>
        <location filename="../gui/workflows/case_step_words.py" line="+21"/>
        <source>Whom should %1 be assigned to?</source>
        <translation>%1 ishingwe nde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 on hold?</source>
        <translation>Guhagarika %1 by’agateganyo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the work on %1?</source>
        <translation>Gukomeza akazi kuri %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was %1 resolved?</source>
        <translation>%1 yakemuwe ite?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as resolved, with the actions taken written on it?</source>
        <translation>Kwandika ko %1 yakemutse, hamwe n’ibyakozwe byanditsweho?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1? It can no longer be reopened.</source>
        <translation>Gufunga %1? Ntizongera gufungurwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen %1?</source>
        <translation>Kongera gufungura %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel %1? Nobody will work on it.</source>
        <translation>Guhagarika burundu %1? Nta muntu uzongera kuyikoraho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start investigating %1?</source>
        <translation>Gutangira gukora iperereza kuri %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as recovered?</source>
        <translation>Kwandika ko %1 yagarujwe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off %1? Its amount is no longer pursued.</source>
        <translation>Kwemera %1 nk’igihombo? Amafaranga yayo ntazongera gukurikiranwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as resolved?</source>
        <translation>Kwandika ko %1 yakemutse?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send %1 for repair?</source>
        <translation>Kohereza %1 gukorwa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 back in service?</source>
        <translation>Kongera gukoresha %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 in storage?</source>
        <translation>Gushyira %1 mu bubiko?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1? It is no longer used, and can then only be disposed of.</source>
        <translation>Gukura %1 mu bikoreshwa? Ntizongera gukoreshwa, kandi nyuma izashobora gusa kujugunywa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report %1 as lost?</source>
        <translation>Kumenyekanisha ko %1 yabuze?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as found? It goes into storage until it is checked.</source>
        <translation>Kwandika ko %1 yabonetse? Ishyirwa mu bubiko kugeza igenzuwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispose of %1? It leaves the register for good.</source>
        <translation>Kujugunya %1? Ivanwa mu gitabo burundu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start mitigating %1?</source>
        <translation>Gutangira kugabanya ingaruka za %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to monitoring?</source>
        <translation>Gushyira %1 mu gukurikiranwa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1? It can be reopened later.</source>
        <translation>Gufunga %1? Izashobora kongera gufungurwa nyuma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start reviewing %1?</source>
        <translation>Gutangira gusuzuma %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as responded to?</source>
        <translation>Kwandika ko %1 yasubijwe?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %1 as contacted?</source>
        <translation>Kwandika ko %1 yavuganywe na we?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualify %1? It is worth pursuing.</source>
        <translation>Kwemeza ko %1 ikwiye gukurikiranwa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as unqualified? It is not pursued any further.</source>
        <translation>Kwandika ko %1 idakwiye? Ntizongera gukurikiranwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as converted? It became business.</source>
        <translation>Kwandika ko %1 yabyaye isoko? Yabaye ubucuruzi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as lost?</source>
        <translation>Kwandika ko %1 yatakaye?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start %1?</source>
        <translation>Gutangira %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as completed?</source>
        <translation>Kwandika ko %1 yarangiye?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch %1?</source>
        <translation>Gutangiza %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause %1?</source>
        <translation>Guhagarika %1 by’agateganyo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start screening %1?</source>
        <translation>Gutangira gutoranya %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1 to an interview?</source>
        <translation>Gutumira %1 mu kiganiro cy’akazi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer %1 the job?</source>
        <translation>Guha %1 akazi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as hired?</source>
        <translation>Kwandika ko %1 yahawe akazi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject %1?</source>
        <translation>Kwanga %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as withdrawn?</source>
        <translation>Kwandika ko %1 yavuyemo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish %1? It is published today.</source>
        <translation>Gutangaza %1? Itangazwa uyu munsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as filled? Its applications close, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yabonye umukozi? Kwakira ubusabe birafunga, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate %1? It is signed, and in force from its start date.</source>
        <translation>Gutangiza %1? Yashyizweho umukono, kandi itangira gukurikizwa ku itariki yo gutangira.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as renewed? It ends on its end date and can no longer be changed; the new term is a new contract.</source>
        <translation>Kwandika ko %1 yavuguruwe? Irangirira ku itariki yayo yo kurangira kandi ntizongera guhindurwa; igihe gishya ni amasezerano mashya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminate %1? It ends today unless its end date has passed, and can no longer be changed.</source>
        <translation>Gusesa %1? Irangira uyu munsi keretse itariki yo kurangira yarenze, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as expired? It ends today unless its end date has passed, and can no longer be changed.</source>
        <translation>Kwandika ko %1 yarangiye igihe? Irangira uyu munsi keretse itariki yo kurangira yarenze, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share %1 with the employee? They can read it from now on, and what it says can no longer change unless it is taken back to draft.</source>
        <translation>Gusangiza umukozi %1? Ashobora kuyisoma guhera ubu, kandi ibiyirimo ntibizongera guhinduka keretse isubijwe mu mushinga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take %1 back to draft to correct it? The employee no longer sees it until it is shared again.</source>
        <translation>Gusubiza %1 mu mushinga kugira ngo ikosorwe? Umukozi ntazongera kuyibona kugeza yongeye gusangizwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark %1 as acknowledged? This records that the employee it is about has read it.</source>
        <translation>Kwandika ko %1 yamenyeshejwe? Ibi byemeza ko umukozi ireba yayisomye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark %1 as on leave?</source>
        <translation>Kwandika ko %1 ari mu kiruhuko?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as back from leave?</source>
        <translation>Kwandika ko %1 yagarutse avuye mu kiruhuko?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend %1?</source>
        <translation>Guhagarika %1 by’agateganyo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstate %1? They are active again.</source>
        <translation>Gusubiza %1 mu kazi? Yongeye kuba mu kazi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as inactive? It can be reactivated later.</source>
        <translation>Kwandika ko %1 idakora? Izashobora kongera gukoreshwa nyuma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as failed? It can no longer be changed.</source>
        <translation>Kwandika ko %1 yatsinzwe? Ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as dropped? The employee no longer takes this training, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yaretswe? Umukozi ntakomeza aya mahugurwa, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Freeze %1? No expense is approved against it until it is unfrozen.</source>
        <translation>Guhagarika %1? Nta koreshwa ry’amafaranga ryemezwa kuri yo kugeza isubijweho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unfreeze %1? Approved expenses are charged to it again.</source>
        <translation>Gusubizaho %1? Ikoreshwa ry’amafaranga ryemejwe ryongera kuyibarirwaho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as missed? The guard did not come, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 itakozwe? Ushinzwe umutekano ntiyaje, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abort %1? It is recorded as not finished, and can no longer be changed.</source>
        <translation>Guhagarika %1 itarangiye? Yandikwa nk’itarangiye, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make %1 active again?</source>
        <translation>Kongera gukoresha %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block %1? It is marked as a supplier not to order from until it is unblocked.</source>
        <translation>Kuzitira %1? Yandikwa nk’utanga ibicuruzwa utagomba gutumizwaho kugeza akomorewe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unblock %1? It is an active supplier again.</source>
        <translation>Gukomorera %1? Yongeye kuba utanga ibicuruzwa ukora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discontinue %1? It is no longer stocked, and can no longer be changed.</source>
        <translation>Guhagarika %1 burundu? Ntikibikwa mu bubiko, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit %1 for review?</source>
        <translation>Gutanga %1 ngo isuzumwe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1? What it says can then no longer be changed.</source>
        <translation>Kwemeza %1? Ibiyirimo ntibizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive %1? It can no longer be changed.</source>
        <translation>Kubika %1 mu bushyinguro? Ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as won? Its stage becomes Closed won, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yatsindiwe? Icyiciro cyayo kiba “Yatsindiwe”, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put %1 under review? It is reviewed again, and what it says can be corrected; it is approved again with its next review date.</source>
        <translation>Gushyira %1 mu isuzuma? Irasuzumwa bundi bushya, ibivugwamo bishobora gukosorwa; yemezwa bundi bushya hamwe n’itariki y’isuzuma rikurikira.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open %1 to applications again?</source>
        <translation>Kongera gufungura %1 ku busabe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the applications to %1? Its closing date becomes today unless it has passed; it can be reopened later.</source>
        <translation>Gufunga kwakira ubusabe bwa %1? Itariki yo gufunga iba uyu munsi keretse yarenze; izashobora kongera gufungurwa nyuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 to applications again? Its closing date is cleared: write the new one in the form.</source>
        <translation>Kongera gufungura %1 ku busabe? Itariki yo gufunga irasibwa: andika indi nshya mu ifishi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel %1? Nobody is hired for it, and it can no longer be changed.</source>
        <translation>Guhagarika burundu %1? Nta muntu uzayihabwamo akazi, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete %1? It is filed as it is, and can no longer be changed.</source>
        <translation>Kurangiza %1? Ibikwa uko iri, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suspend %1? They are not paid while suspended. Their DICEL login is turned off now; an administrator turns it back on after they are reinstated.</source>
        <translation>Guhagarika %1 by’agateganyo? Ntahembwa igihe ahagaritswe. Konti ye ya DICEL irafungwa ubu; umuyobozi wa sisitemu ayifungura amaze gusubizwa mu kazi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Terminate %1? Their termination date becomes today unless an earlier one is written; their pay stops on that day, their DICEL login (if any) is deactivated, and the record can no longer be changed.</source>
        <translation>Gusezerera %1? Itariki yo gusezererwa iba uyu munsi keretse handitswe iya mbere yayo; umushahara we uhagarara kuri iyo tariki, konti ye ya DICEL (niba ayifite) irafungwa, kandi dosiye ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start %1? Its start date becomes today unless it has passed.</source>
        <translation>Gutangira %1? Itariki yo gutangira iba uyu munsi keretse yarenze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as completed? Its end date becomes today unless it has passed, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yarangiye? Itariki yo kurangira iba uyu munsi keretse yarenze, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel %1? It does not take place, and can no longer be changed.</source>
        <translation>Guhagarika burundu %1? Ntibizaba, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as completed? Its completion date becomes today unless an earlier one is written, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yarangiye? Itariki yo kurangira iba uyu munsi keretse handitswe iya mbere yayo, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take %1 back to draft? No expense is approved against it until it is activated again.</source>
        <translation>Gusubiza %1 mu mushinga? Nta koreshwa ry’amafaranga ryemezwa kuri yo kugeza yongeye gutangizwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activate %1? Approved expenses are charged to it from now on.</source>
        <translation>Gutangiza %1? Ikoreshwa ry’amafaranga ryemejwe rizajya riyibarirwaho guhera ubu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1? No expense is approved against it any more, and it can no longer be changed.</source>
        <translation>Gufunga %1? Nta koreshwa ry’amafaranga rizongera kwemezwa kuri yo, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as completed? It can no longer be changed.</source>
        <translation>Kwandika ko %1 yarangiye? Ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel %1? The shift is not worked, and it can no longer be changed.</source>
        <translation>Guhagarika burundu %1? Iki gihe cy’akazi ntikizakorwa, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as completed? Its end time becomes now unless an earlier one is written, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yarangiye? Isaha yayo yo kurangira iba ubu keretse handitswe iyabanje, kandi ntishobora guhindurwa ukundi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Abort %1? It is recorded as not finished, its end time becomes now unless an earlier one is written, and it can no longer be changed.</source>
        <translation>Guhagarika %1? Yandikwa ko itarangiye, isaha yayo yo kurangira iba ubu keretse handitswe iyabanje, kandi ntishobora guhindurwa ukundi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark %1 as inactive? They no longer work as a guard; they can be reinstated.</source>
        <translation>Kwandika ko %1 adakora? Ntakiri ushinzwe umutekano; ashobora gusubizwa mu kazi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspend %1? It is not served until it is reactivated.</source>
        <translation>Guhagarika %1 by’agateganyo? Ntihabwa serivisi kugeza yongeye gukora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activate %1? It becomes a client DICEL serves.</source>
        <translation>Gutangiza %1? Iba umukiriya DICEL iha serivisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve %1? What it says can then no longer be changed. When is it next reviewed?</source>
        <translation>Kwemeza %1? Ibivugwamo ntibizongera guhinduka. Izasuzumwa ryari ubutaha?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take %1 back to draft to correct it?</source>
        <translation>Gusubiza %1 mu mushinga kugira ngo ikosorwe?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring %1 into force? Its effective date becomes today unless an earlier one is written in it.</source>
        <translation>Gutangiza ikurikizwa rya %1? Itariki itangira gukurikizwa iba uyu munsi keretse handitswemo iya mbere yayo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retire %1? It is no longer in force, and can no longer be changed.</source>
        <translation>Gukuraho %1? Ntikigikurikizwa, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launch %1? Its start date becomes today.</source>
        <translation>Gutangiza %1? Itariki yo gutangira iba uyu munsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close %1 to answers? Its end date becomes today unless it has passed; it can be reopened later.</source>
        <translation>Gufunga kwakira ibisubizo bya %1? Itariki yo kurangira iba uyu munsi keretse yarenze; izashobora kongera gufungurwa nyuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 to answers again? Its end date is cleared: write the new one in the form.</source>
        <translation>Kongera gufungura %1 ku bisubizo? Itariki yo kurangira irasibwa: andika indi nshya mu ifishi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark %1 as lost? Its stage becomes Closed lost, and it can no longer be changed.</source>
        <translation>Kwandika ko %1 yatakaye? Icyiciro cyayo kiba “Yatakaye”, kandi ntizongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Assign</source>
        <translation>Shi&amp;nga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold</source>
        <translation>Hagarika by’&amp;agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>Ko&amp;mereza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Kemura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose it</source>
        <translation>Fu&amp;nga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>&amp;Ongera ufungure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigate</source>
        <translation>Kora &amp;iperereza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reco&amp;vered</source>
        <translation>Byaga&amp;rujwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off</source>
        <translation>Emera &amp;igihombo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;repair</source>
        <translation>&amp;Ohereza gukorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in ser&amp;vice</source>
        <translation>Ongera u&amp;koreshe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in s&amp;torage</source>
        <translation>S&amp;hyira mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ret&amp;ire</source>
        <translation>Kura mu &amp;bikoreshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;lost</source>
        <translation>Yabu&amp;ze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;found</source>
        <translation>Yab&amp;onetse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose &amp;of</source>
        <translation>&amp;Jugunya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;mitigating</source>
        <translation>Tangira ku&amp;gabanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moni&amp;tor</source>
        <translation>Ku&amp;rikirana</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Start re&amp;view</source>
        <translation>Tangira gusu&amp;zuma</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Mark res&amp;ponded</source>
        <translation>Yasub&amp;ijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;contacted</source>
        <translation>Ya&amp;vuganywe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualify</source>
        <translation>&amp;Ikwiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;unqualified</source>
        <translation>Ntik&amp;wiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark con&amp;verted</source>
        <translation>Yabyaye is&amp;oko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;lost</source>
        <translation>Yata&amp;kaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star&amp;t</source>
        <translation>&amp;Tangira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark co&amp;mpleted</source>
        <translation>Ya&amp;rangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Launch</source>
        <translation>Tan&amp;giza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Hagarika by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scr&amp;een</source>
        <translation>&amp;Toranya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to &amp;interview</source>
        <translation>Tumira mu &amp;kiganiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ffer the job</source>
        <translation>&amp;Mpa akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire</source>
        <translation>&amp;Hawe akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Anga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;withdrawn</source>
        <translation>Ya&amp;vuyemo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish</source>
        <translation>&amp;Tangaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;filled</source>
        <translation>Yabonye umu&amp;kozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activate</source>
        <translation>&amp;Tangiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;renewed</source>
        <translation>Ya&amp;vuguruwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate</source>
        <translation>S&amp;esa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;expired</source>
        <translation>Yarangiye i&amp;gihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare</source>
        <translation>Sa&amp;ngiza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;draft</source>
        <translation>Subiza mu &amp;mushinga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark on &amp;leave</source>
        <translation>Ari mu &amp;kiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from lea&amp;ve</source>
        <translation>Yavuye mu &amp;kiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;uspend</source>
        <translation>&amp;Hagarika by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;instate</source>
        <translation>&amp;Musubize mu kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark inac&amp;tive</source>
        <translation>Hagarika &amp;ikoreshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark f&amp;ailed</source>
        <translation>Yats&amp;inzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark dr&amp;opped</source>
        <translation>Yar&amp;etse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Freeze</source>
        <translation>Ha&amp;garika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unfreeze</source>
        <translation>Subi&amp;zaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark m&amp;issed</source>
        <translation>Ntiya&amp;kozwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort</source>
        <translation>Hagarika i&amp;tarangiye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reac&amp;tivate</source>
        <translation>Ongera u&amp;koreshe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bl&amp;ock</source>
        <translation>&amp;Zitira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>Ko&amp;morera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;continue</source>
        <translation>Ha&amp;garika burundu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit</source>
        <translation>&amp;Tanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Emeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc&amp;hive</source>
        <translation>Bika mu bushy&amp;inguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;won</source>
        <translation>Ya&amp;tsindiwe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Next review due:</source>
        <translation>Isuzuma &amp;rikurikira:</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Mark ac&amp;knowledged</source>
        <translation>Yame&amp;nyeshejwe</translation>
    </message>
    <message>
        <location filename="../gui/workflows/cases.py" line="+31"/>
        <source>&amp;Assign…</source>
        <translation>Shi&amp;nga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on &amp;hold…</source>
        <translation>Hagarika by’&amp;agateganyo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume…</source>
        <translation>Ko&amp;mereza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Kemura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark c&amp;losed…</source>
        <translation>Fung&amp;a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open…</source>
        <translation>&amp;Ongera ufungure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;ticket…</source>
        <translation>Hagarika &amp;ubusabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigate…</source>
        <translation>Kora &amp;iperereza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark reco&amp;vered…</source>
        <translation>Byaga&amp;rujwe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off…</source>
        <translation>Emera &amp;igihombo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to &amp;repair…</source>
        <translation>&amp;Ohereza gukorwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in ser&amp;vice…</source>
        <translation>Ongera u&amp;koreshe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in s&amp;torage…</source>
        <translation>S&amp;hyira mu bubiko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ret&amp;ire…</source>
        <translation>Kura mu b&amp;ikoreshwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;lost…</source>
        <translation>Yabu&amp;ze…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;found…</source>
        <translation>Yab&amp;onetse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispose &amp;of…</source>
        <translation>&amp;Jugunya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;mitigating…</source>
        <translation>Tangira ku&amp;gabanya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moni&amp;tor…</source>
        <translation>Ku&amp;rikirana…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Start re&amp;view…</source>
        <translation>Tangira gusu&amp;zuma…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Mark res&amp;ponded…</source>
        <translation>Yasub&amp;ijwe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;contacted…</source>
        <translation>Ya&amp;vuganywe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualify…</source>
        <translation>&amp;Ikwiye…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;unqualified…</source>
        <translation>Ntik&amp;wiye…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark con&amp;verted…</source>
        <translation>Yabyaye is&amp;oko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;lost…</source>
        <translation>Yata&amp;kaye…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star&amp;t audit…</source>
        <translation>&amp;Tangira igenzura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark co&amp;mpleted…</source>
        <translation>Ya&amp;rangiye…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Launch…</source>
        <translation>Tan&amp;giza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause…</source>
        <translation>&amp;Hagarika by’agateganyo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scr&amp;een…</source>
        <translation>&amp;Toranya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call to &amp;interview…</source>
        <translation>Tumira mu &amp;kiganiro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ffer the job…</source>
        <translation>&amp;Mpa akazi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire…</source>
        <translation>&amp;Hawe akazi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>A&amp;nga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;withdrawn…</source>
        <translation>Ya&amp;vuyemo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Tangaza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;filled…</source>
        <translation>Yabonye umu&amp;kozi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Tangiza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;renewed…</source>
        <translation>Ya&amp;vuguruwe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate…</source>
        <translation>S&amp;esa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;expired…</source>
        <translation>Yarangiye i&amp;gihe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hare with the employee…</source>
        <translation>Sa&amp;ngiza umukozi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;back to draft…</source>
        <translation>Subiza mu &amp;mushinga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark ac&amp;knowledged…</source>
        <translation>Yame&amp;nyeshejwe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark on &amp;leave…</source>
        <translation>Ari mu &amp;kiruhuko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from lea&amp;ve…</source>
        <translation>Yavuye mu &amp;kiruhuko…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;uspend…</source>
        <translation>&amp;Hagarika by’agateganyo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;instate…</source>
        <translation>&amp;Musubize mu kazi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark inac&amp;tive…</source>
        <translation>Hagarika &amp;ikoreshwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark f&amp;ailed…</source>
        <translation>Yats&amp;inzwe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark dr&amp;opped…</source>
        <translation>Yar&amp;etse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Freeze…</source>
        <translation>Ha&amp;garika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unfreeze…</source>
        <translation>Subi&amp;zaho…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark m&amp;issed…</source>
        <translation>Ntiya&amp;kozwe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abort…</source>
        <translation>Hagarika i&amp;tarangiye…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reac&amp;tivate…</source>
        <translation>Ongera u&amp;koreshe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block…</source>
        <translation>&amp;Zitira…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock…</source>
        <translation>Ko&amp;morera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;continue…</source>
        <translation>Ha&amp;garika burundu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for re&amp;view…</source>
        <translation>Tanga ngo isu&amp;zumwe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove…</source>
        <translation>&amp;Emeza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arc&amp;hive…</source>
        <translation>Bika mu bushy&amp;inguro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;won…</source>
        <translation>Ya&amp;tsindiwe…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel &amp;audit…</source>
        <translation>Hagarika i&amp;genzura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel &amp;campaign…</source>
        <translation>Hagarika ubu&amp;kangurambaga…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel pos&amp;ting…</source>
        <translation>Hagarika &amp;itangazo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose applications…</source>
        <translation>Fun&amp;ga kwakira ubusabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open applications…</source>
        <translation>Ongera ufu&amp;ngure ubusabe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terminate employment…</source>
        <translation>Se&amp;zerera umukozi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Star&amp;t training…</source>
        <translation>&amp;Tangira amahugurwa…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel trainin&amp;g…</source>
        <translation>Hagarika a&amp;mahugurwa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star&amp;t shift…</source>
        <translation>&amp;Tangira igihe cy’akazi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel assi&amp;gnment…</source>
        <translation>Hagarika inshin&amp;gano…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Mark &amp;inactive…</source>
        <translation>Hagarika &amp;ikoreshwa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring into &amp;force…</source>
        <translation>&amp;Tangiza ikurikizwa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close survey…</source>
        <translation>Fu&amp;nga ubushakashatsi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moves it to “%1”</source>
        <translation>Biyishyira kuri “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already “%1” and stays so</source>
        <translation>Isanzwe ari “%1” kandi ikomeza gutyo</translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_words.py" line="+29"/>
        <source>What the client was &amp;told:</source>
        <translation>Ibyo umukiriya &amp;yabwiwe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;done:</source>
        <translation>Ibya&amp;kozwe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;recovered:</source>
        <translation>Ibyagaru&amp;zwe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was &amp;done, or why it is closed:</source>
        <translation>Ibya&amp;kozwe, cyangwa impamvu risozwa:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/workflows/payslip_cut_line.py" line="+56"/>
        <source>The approved payslip of %1 will be cut to the days worked: %n of %3 days, basic %4 instead of %5; its allowances in proportion, its deductions and net computed again.</source>
        <translation>
            <numerusform>Urupapuro rw’umushahara rwemejwe rwa %1 ruzagabanywa hakurikijwe iminsi yakozwe: umunsi %n kuri %3, umushahara fatizo %4 aho kuba %5; insimburamubyizi zigabanywa ku rugero rumwe, ibikurwaho n’umushahara usigaye byongera kubarwa.</numerusform>
            <numerusform>Urupapuro rw’umushahara rwemejwe rwa %1 ruzagabanywa hakurikijwe iminsi yakozwe: iminsi %n kuri %3, umushahara fatizo %4 aho kuba %5; insimburamubyizi zigabanywa ku rugero rumwe, ibikurwaho n’umushahara usigaye byongera kubarwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The annual leave not taken (%n working days) will be paid with the next payroll run, as a final settlement.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/workflows/case_step_words.py" line="-178"/>
        <source>Reinstate %1? They are active again. Their login stays off until an administrator turns it back on.</source>
        <translation>Gusubiza %1 mu kazi? Yongeye kuba mu kazi. Konti ye iguma ifunze kugeza umuyobozi wa sisitemu ayifunguye.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/workflows/payslip_cut_line.py" line="+8"/>
        <source>The payslip of %1 was already paid in full: %n day(s) after the day pay stops, about %3 basic paid for them. Ask Finance to recover it.</source>
        <translation>
            <numerusform>Urupapuro rw’umushahara rwa %1 rwamaze kwishyurwa rwose: umunsi %n nyuma y’umunsi umushahara uhagarara, hafi %3 by’umushahara fatizo byishyuwe kuri uwo munsi. Saba ishami ry’Imari kubigarura.</numerusform>
            <numerusform>Urupapuro rw’umushahara rwa %1 rwamaze kwishyurwa rwose: iminsi %n nyuma y’umunsi umushahara uhagarara, hafi %3 by’umushahara fatizo byishyuwe kuri iyo minsi. Saba ishami ry’Imari kubigarura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../gui/admin/change_email_dialog.py" line="+22"/>
        <source>Change e-mail</source>
        <translation>Guhindura imeri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 logs in as %2. From now on they log in with the new address; their password stays the same.</source>
        <translation>%1 yinjira akoresheje %2. Guhera ubu azajya yinjira akoresheje aderesi nshya; ijambo ry’ibanga ntirihinduka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change e-mail</source>
        <translation>&amp;Hindura imeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;e-mail:</source>
        <translation>Imeri &amp;nshya:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 now logs in as %2; the password is unchanged.</source>
        <translation>Ubu %1 yinjira akoresheje %2; ijambo ry’ibanga ntiryahindutse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing…</source>
        <translation>Birahindurwa…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../gui/admin/change_password_dialog.py" line="+65"/>
        <source>Change my password</source>
        <translation>Guhindura ijambo ryanjye ry’ibanga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You log in as %1. Type your current password, then the new one twice. It takes effect at once.</source>
        <translation>Winjiye nka %1. Andika ijambo ry’ibanga ukoresha ubu, hanyuma iryo rishya inshuro ebyiri. Rihita ritangira gukora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password</source>
        <translation>Hindura ijambo ry’&amp;ibanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canc&amp;el</source>
        <translation>R&amp;eka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least %1 characters</source>
        <translation>Nibura inyuguti %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Current password:</source>
        <translation>Ijambo ry’ibanga &amp;ukoresha ubu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New password:</source>
        <translation>Ijambo ry’ibanga &amp;rishya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the password you logged in with.</source>
        <translation>Andika ijambo ry’ibanga winjiranye.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new password is the same as the current one.</source>
        <translation>Ijambo ry’ibanga rishya rirasa n’iryo ukoresha ubu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changing…</source>
        <translation>Birahindurwa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password was changed; use the new one from now on.</source>
        <translation>Ijambo ryawe ry’ibanga ryahinduwe; guhera ubu koresha irishya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password DICEL remembers for you was updated too.</source>
        <translation>Ijambo ry’ibanga DICEL ikwibukira na ryo ryavuguruwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DICEL could not update the password it remembers for you (%1): type the new one at your next login.</source>
        <translation>DICEL ntiyashoboye kuvugurura ijambo ry’ibanga ikwibukira (%1): andika irishya ubutaha winjira.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../gui/admin/change_role_dialog.py" line="+24"/>
        <source>Change role</source>
        <translation>Guhindura inshingano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the role %2. The new role&apos;s rights apply as soon as you confirm; DICEL Desktop shows its tabs when they next log in.</source>
        <translation>%1 afite inshingano ya %2. Uburenganzira bw’inshingano nshya butangira gukora ukimara kwemeza; DICEL Desktop izerekana imbonerahamwe zayo ubutaha yinjiye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change role</source>
        <translation>&amp;Hindura inshingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;role:</source>
        <translation>Inshingano &amp;nshya:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 now has the role %2.</source>
        <translation>Ubu %1 afite inshingano ya %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing…</source>
        <translation>Birahindurwa…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../gui/charts/common.py" line="+315"/>
        <source>Save as PNG…</source>
        <translation>Bika nka PNG…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Save as PNG</source>
        <translation>Bika nka PNG</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>PNG images (*.png)</source>
        <translation>Amafoto ya PNG (*.png)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The picture could not be written to {path}. Choose a folder you may write to.</source>
        <translation>Ifoto ntiyashoboye kwandikwa muri {path}. Hitamo ububiko wemerewe kwandikamo.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../gui/editors/choices.py" line="+17"/>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
</context>
<context>
    <name>ClientNotices</name>
    <message>
        <location filename="../gui/client_notices.py" line="+21"/>
        <source>A newer DICEL Desktop ({expected}) is installed at your company; this one is {current}. Install the new one from {installer} when you can. You can work on meanwhile.</source>
        <translation>DICEL Desktop nshya ({expected}) yashyizweho mu kigo cyanyu; iyi ni {current}. Shyiraho inshya uyikuye kuri {installer} igihe ubishoboye. Ushobora gukomeza gukora muri icyo gihe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A newer DICEL Desktop ({expected}) is installed at your company; this one is {current}. Ask IT where to install it from. You can work on meanwhile.</source>
        <translation>DICEL Desktop nshya ({expected}) yashyizweho mu kigo cyanyu; iyi ni {current}. Baza abashinzwe ikoranabuhanga (IT) aho wayikura. Ushobora gukomeza gukora muri icyo gihe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read-only: this version is too old</source>
        <translation>Gusoma gusa: iyi verisiyo ishaje cyane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company database was upgraded by a newer DICEL Desktop. This one can show records but not change them until you install the new version.</source>
        <translation>Ububiko bw’amakuru bw’ikigo bwavuguruwe na DICEL Desktop nshya. Iyi ishobora kwerekana inyandiko ariko ntishobora kuzihindura kugeza ushyizeho verisiyo nshya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A newer DICEL Desktop exists</source>
        <translation>Hari DICEL Desktop nshya</translation>
    </message>
</context>
<context>
    <name>ClosePurchaseOrderDialog</name>
    <message>
        <location filename="../gui/workflows/close_purchase_order_dialog.py" line="+29"/>
        <source>Close order</source>
        <translation>Funga itumiza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close %1</source>
        <translation>Funga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1 as it stands</source>
        <translation>Gufunga %1 uko rimeze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Byakiriwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Biraza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer expected</source>
        <translation>Ntibigitegerejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is closed</source>
        <translation>Impamvu rifunzwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: supplier out of stock, no longer needed…</source>
        <translation>Ni ngombwa: utanga ibicuruzwa nta bihari, ntibigikenewe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why</source>
        <translation>Im&amp;pamvu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close &amp;order</source>
        <translation>Funga itu&amp;miza</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 kuri %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Nothing</source>
        <translation>Nta na kimwe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing the order…</source>
        <translation>Itumiza rirafungwa…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Back</source>
        <translation>&amp;Subira inyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this without taking the step (Esc)</source>
        <translation>Vamo udakoze iyi ntambwe (Esc)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/records/conflict_dialog.py" line="+58"/>
        <source>Changed by someone else</source>
        <translation>Byahinduwe n’undi muntu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else saved this %1 while you were editing it.</source>
        <translation>Undi muntu yabitse iyi nyandiko (%1) mu gihe wayihinduraga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been overwritten.</source>
        <translation>Nta kintu cyasimbujwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Umwanya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Ibye</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ibyawe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Take &amp;theirs</source>
        <translation>Fata &amp;ibye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Gumana ibyanjye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the form</source>
        <translation>Subira ku ifishi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role may not change these fields now.</source>
        <translation>Inshingano zawe ntizikwemerera guhindura iyi myanya ubu.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../gui/connection_watch.py" line="+72"/>
        <location line="+114"/>
        <source>Connected</source>
        <translation>Uhujwe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connection lost — retrying</source>
        <translation>Ihuzanzira ryacitse — turongera kugerageza</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>No answer from the server yet — %1 s</source>
        <translation>Seriveri ntirasubiza — %1 s</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Signed out by the database</source>
        <translation>Ububiko bw’amakuru bwagusohoye</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../gui/crash.py" line="+56"/>
        <source>DICEL Desktop: something went wrong</source>
        <translation>DICEL Desktop: hari ikitagenze neza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong inside DICEL Desktop. What you were doing may not have finished: check it, then carry on. If it happens again, tell IT and give them the details (Copy details) or the log file.</source>
        <translation>Hari ikitagenze neza muri DICEL Desktop. Ibyo wakoraga bishobora kuba bitarangiye: bigenzure, hanyuma ukomeze. Nibyongera kubaho, menyesha abashinzwe ikoranabuhanga (IT) maze ubahe ibisobanuro (Koporora ibisobanuro) cyangwa dosiye y’ibyabaye.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log file: {path}</source>
        <translation>Dosiye y’ibyabaye: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program could not open its log file.</source>
        <translation>Iyi porogaramu ntiyashoboye gufungura dosiye y’ibyabaye.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy details</source>
        <translation>Koporora ibisobanuro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems since this window opened: {count}</source>
        <translation>Ibibazo kuva iri dirishya rifunguwe: {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Byakoporowe</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../gui/credentials.py" line="+51"/>
        <source>This computer has no password store (such as Windows Credential Manager, GNOME Keyring or KWallet), so DICEL cannot remember your password.</source>
        <translation>Iyi mudasobwa nta bubiko bw’amagambo y’ibanga ifite (nka Windows Credential Manager, GNOME Keyring cyangwa KWallet), bityo DICEL ntishobora kwibuka ijambo ryawe ry’ibanga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remembering passwords is turned off on this computer (keyring is disabled).</source>
        <translation>Kwibuka amagambo y’ibanga byahagaritswe kuri iyi mudasobwa (keyring yahagaritswe).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password store of this computer could not be opened: {reason}</source>
        <translation>Ububiko bw’amagambo y’ibanga bw’iyi mudasobwa ntibwashoboye gufunguka: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your password could not be remembered: the password store refused it ({reason}).</source>
        <translation>Ijambo ryawe ry’ibanga ntiryashoboye kwibukwa: ububiko bw’amagambo y’ibanga bwaryanze ({reason}).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../gui/dashboards/dashboard_page.py" line="+131"/>
        <source>Open the budget chart of my department</source>
        <translation>Fungura igishushanyo cy’ingengo y’imari y’ishami ryanjye</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+237"/>
        <location line="+14"/>
        <source>Loading the figures…</source>
        <extracomment>The charts made so far, by key: each is made when first placed (``_plot``), not with the page. Their module brings pyqtgraph and numpy, and every department&apos;s page is made with the main window: made here, they were imported and built (a finance manager&apos;s six dashboards) before the window was shown. The page waits for its first paint to lay out its tiles and charts (``load`` before its window was shown), and keeps an answer that came before it.
----------
The keys of the tiles and charts in the grids, in their order. The tiles and charts, whole (``printable``).</extracomment>
        <translation>Gufungura imibare…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing on this dashboard is yours to see.</source>
        <translation>Nta kintu kuri iyi ncamake wemerewe kubona.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Imibare ntiyashoboye gufungurwa: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+22"/>
        <source>Open the list of these records</source>
        <translation>Fungura urutonde rw’izi nyandiko</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Opens the list of these records</source>
        <translation>Ifungura urutonde rw’izi nyandiko</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs attention: open the list of these records</source>
        <translation>Bikeneye kwitabwaho: fungura urutonde rw’izi nyandiko</translation>
    </message>
    <message>
        <location filename="../gui/dashboards/dashboard_chart.py" line="+127"/>
        <source>%1 (so far)</source>
        <translation>%1 (kugeza ubu)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (million RWF)</source>
        <translation>%1 (miliyoni RWF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no records in this period</source>
        <translation>%1: nta nyandiko muri iki gihe</translation>
    </message>
</context>
<context>
    <name>DataGrid</name>
    <message>
        <location filename="../gui/widgets/row_flag_looks.py" line="+61"/>
        <source>Below its minimum stock: time to order more.</source>
        <translation>Biri munsi y’ingano ntoya: igihe cyo gutumiza ibindi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still pending after its first day: it needs a decision.</source>
        <translation>Biracyategereje nyuma y’umunsi wa mbere: bikeneye icyemezo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In force past its review date: the review is overdue.</source>
        <translation>Irakurikizwa nyuma y’itariki y’isuzuma: isuzuma ryaratinze.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Licence expired: the guard may not work until it is renewed.</source>
        <translation>Uruhushya rwararangiye: umuzamu ntashobora gukora rutaravugururwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past its end date, still active: renew it or mark it expired.</source>
        <translation>Itariki yo kurangira yararenze, iracyakora: yivugurure cyangwa uyishyire mu zarangiye.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Licence expiring within 30 days.</source>
        <translation>Uruhushya rurangira mu minsi 30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active and ending within 30 days.</source>
        <translation>Irakora kandi irangira mu minsi 30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open after its expected close date.</source>
        <translation>Iracyafunguye nyuma y’itariki yari iteganyijwe yo gusozwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still open after its closing date: close it, or move the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not settled by its target completion date.</source>
        <translation>Ntiyarangiye ku itariki yari iteganyijwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past its expected delivery, not all received.</source>
        <translation>Igihe cyo kugeza cyarenze, ntibyose byakiriwe.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/count_text.py" line="+14"/>
        <source>No rows</source>
        <translation>Nta murongo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 row</source>
        <translation>Imirongo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 row</source>
        <translation>Imirongo: hafi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows</source>
        <translation>Imirongo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 rows</source>
        <translation>Imirongo: hafi %1</translation>
    </message>
    <message>
        <location filename="../gui/widgets/grid_layout.py" line="+40"/>
        <source>Search</source>
        <translation>Shakisha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finds rows where every word appears in a text column, a name or a state</source>
        <translation>Ishakisha imirongo irimo buri jambo mu nkingi y’inyandiko, mu izina cyangwa mu miterere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter</source>
        <translation>Akayunguruzo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Kuraho utuyunguruzo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gui/widgets/grid_menus.py" line="+120"/>
        <source>Columns</source>
        <translation>Inkingi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export…</source>
        <translation>Ohereza hanze…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Bika uru rutonde, uko ruyunguruwe kandi rutondetse, muri Excel cyangwa CSV</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Count exactly</source>
        <translation>Bara neza</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reload</source>
        <translation>Ongera ufungure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The arrow keys move between rows, Enter opens the record</source>
        <translation>Utwambi twimuka hagati y’imirongo, Enter ifungura inyandiko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search %1</source>
        <translation>Shakisha muri %1</translation>
    </message>
    <message>
        <location filename="../gui/widgets/column_widths.py" line="+458"/>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <location filename="../gui/widgets/data_grid.py" line="+375"/>
        <source>Filtered by %1</source>
        <translation>Ruyunguruwe na %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+37"/>
        <location line="+33"/>
        <source>Counting…</source>
        <translation>Kubara…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source> (counting took too long)</source>
        <translation> (kubara byatwaye igihe kirekire)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/grid_menus.py" line="-24"/>
        <source>Filter %1…</source>
        <translation>Yungurura %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear this filter</source>
        <translation>Kuraho aka kayunguruzo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort ascending</source>
        <translation>Tondeka uzamuka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort descending</source>
        <translation>Tondeka umanuka</translation>
    </message>
    <message>
        <location filename="../gui/widgets/data_grid.py" line="+180"/>
        <source>Nothing found</source>
        <translation>Nta cyabonetse</translation>
    </message>
    <message>
        <location filename="../gui/widgets/row_flag_looks.py" line="+3"/>
        <source>The shift is over: mark it completed, or missed if it never started.</source>
        <translation>Igihe cy’akazi cyarangiye: shyiraho ko cyarangiye, cyangwa ko kitakozwe niba kitigeze gitangira.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>High risk score, not closed: it needs attention.</source>
        <translation>Ingaruka ziri hejuru, bitarafungwa: bikeneye kwitabwaho.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Critical risk score, not closed: it needs attention now.</source>
        <translation>Ingaruka zikomeye cyane, bitarafungwa: bikeneye kwitabwaho ubu.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Held by someone whose login is deactivated: recover it.</source>
        <translation>Gifitwe n’umuntu konti ye yahagaritswe: kigomba kugarurwa.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../gui/editors/dates.py" line="+84"/>
        <source>h</source>
        <comment>the letter for &apos;hour&apos; in a time pattern such as hh:mm</comment>
        <translation>isaha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d</source>
        <comment>the letter for &apos;day&apos; in a date pattern such as dd/mm/yyyy</comment>
        <translation>umunsi</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Today is not one of the days offered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-233"/>
        <source>m</source>
        <comment>the letter for &apos;month&apos; in a date pattern such as dd/mm/yyyy</comment>
        <translation>ukwezi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y</source>
        <comment>the letter for &apos;year&apos; in a date pattern such as dd/mm/yyyy</comment>
        <translation>umwaka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>m</source>
        <comment>the letter for &apos;minute&apos; in a time pattern such as hh:mm</comment>
        <translation>umunota</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose from a calendar ({shortcut})</source>
        <translation>Hitamo kuri kalendari ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar</source>
        <translation>Kalendari</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+160"/>
        <source>Today</source>
        <translation>Uyu munsi</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Now, if left empty (%1)</source>
        <translation>Ubu, nibisigara ari ubusa (%1)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Now</source>
        <translation>Ubu</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../gui/admin/deactivate_dialog.py" line="+28"/>
        <source>Deactivate %1</source>
        <translation>Guhagarika konti ya %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate %1 (%2)? They will no longer be able to log in. Their records and history are kept, and you can reactivate them later. A session they already have open continues until they close DICEL.</source>
        <translation>Guhagarika konti ya %1 (%2)? Ntazongera gushobora kwinjira. Inyandiko ze n’amateka ye birabikwa, kandi ushobora kongera kuyifungura nyuma. Isomo yamaze gufungura rikomeza kugeza afunze DICEL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Deactivate %1</source>
        <translation>&amp;Hagarika konti ya %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 can no longer log in; their records are kept.</source>
        <translation>%1 ntashobora kongera kwinjira; inyandiko ze zirabitswe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivating…</source>
        <translation>Birahagarikwa…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Still holds: %1; ask IT to recover them.</source>
        <translation>Aracyafite: %1; saba IT kubigarura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still holds: %1; ask IT to recover it.</source>
        <translation>Aracyafite: %1; saba IT kukigarura.</translation>
    </message>
</context>
<context>
    <name>DecidePurchaseOrderDialog</name>
    <message>
        <location filename="../gui/workflows/decide_purchase_order_dialog.py" line="+57"/>
        <source>Approve or reject the purchase order</source>
        <translation>Kwemeza cyangwa kwanga urupapuro rwo gutumiza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for whoever reads the order later</source>
        <translation>Impamvu, ku bazasoma uru rupapuro nyuma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>&amp;Icyitonderwa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Emeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Anga</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Approve or reject %1</source>
        <translation>Kwemeza cyangwa kwanga %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This purchase order is %1: there is nothing left to decide.</source>
        <translation>Uru rupapuro rwo gutumiza ni %1: nta cyemezo gisigaye gufatwa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You decide for: %1.</source>
        <translation>Ufata icyemezo mu izina rya: %1.</translation>
    </message>
</context>
<context>
    <name>DemoUsers</name>
    <message>
        <location filename="../gui/demo_users.py" line="+33"/>
        <source>{position}, reports to {name}</source>
        <translation>{position}, ayoborwa na {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position</source>
        <translation>Umwanya w’akazi</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../gui/records/details.py" line="+68"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ongeraho…</translation>
    </message>
    <message>
        <location filename="schema_words.py" line="+764"/>
        <source>Save the invoice first, then add its lines here.</source>
        <translation>Banza ubike fagitire, hanyuma wongere hano imirongo yayo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the purchase order first, then add its lines here.</source>
        <translation>Banza ubike urupapuro rwo gutumiza, hanyuma wongere hano imirongo yarwo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the purchase order first, then add its approvals here.</source>
        <translation>Banza ubike urupapuro rwo gutumiza, hanyuma wongere hano ibyemezo byarwo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recovery case first, then add its case documents here.</source>
        <translation>Banza ubike dosiye yo kugaruza, hanyuma wongere hano inyandiko zayo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the patrol route first, then add its patrol logs here.</source>
        <translation>Banza ubike inzira y’irondo, hanyuma wongere hano raporo zayo z’irondo.</translation>
    </message>
</context>
<context>
    <name>DocumentLinkEditor</name>
    <message>
        <location filename="../gui/editors/document_link.py" line="+90"/>
        <source>Attach…</source>
        <translation>Omekaho…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Fungura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Kuramo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the file on this computer</source>
        <translation>Bika kopi ya dosiye kuri iyi mudasobwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Simbuza…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Your role cannot change the files of this record.</source>
        <translation>Inshingano zawe ntizikwemerera guhindura dosiye z’iyi fishi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its file was filed with it: it can no longer be changed here.</source>
        <translation>Dosiye yayo yabitswe hamwe na yo: ntishobora guhindurirwa hano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field can no longer change.</source>
        <translation>Iki gice ntikigishobora guhinduka.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No file is attached to open.</source>
        <translation>Nta dosiye yometseho yo gufungura.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{kind}, {size}, uploaded by {who}</source>
        <translation>{kind}, {size}, yashyizweho na {who}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The linked file is no longer available</source>
        <translation>Dosiye ihujwe ntikiboneka</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+72"/>
        <source>Loading…</source>
        <translation>Biratangira…</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Save the record first to attach a file</source>
        <translation>Banza ubike inyandiko kugira ngo wometseho dosiye</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Attach a file</source>
        <translation>Omekaho dosiye</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replace with</source>
        <translation>Simbuza na</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No program on this computer opens “{name}”.</source>
        <translation>Nta porogaramu kuri iyi mudasobwa ifungura “{name}”.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved “{name}” in {folder}.</source>
        <translation>“{name}” yabitswe muri {folder}.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>No file attached: Attach… lists it under Documents too</source>
        <translation>Nta dosiye yometseho: Omekaho… iyishyira no mu Migereka</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Empty</source>
        <translation>Siba ibirimo</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Empty this field when the record is saved (Delete): the file stays under Documents, where it can then be removed</source>
        <translation>Siba ibiri muri uyu mwanya ubitse (Delete): dosiye iguma mu Nyandiko, aho ushobora kuyikuraho nyuma</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../gui/widgets/document_list.py" line="+35"/>
        <source>Files of the record</source>
        <translation>Dosiye z’inyandiko</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Yashyizweho na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Kuvanaho</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the file the field %2 names</source>
        <translation>%1: dosiye ivugwa mu murima %2</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../gui/widgets/document_preview.py" line="+90"/>
        <source>Select a file to see it here.</source>
        <translation>Hitamo dosiye kugira ngo uyibone hano.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No preview for this kind of file. Use Open to view it.</source>
        <translation>Nta gusogongera kuri ubu bwoko bwa dosiye. Koresha Fungura kugira ngo uyirebe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview for this kind of file. Use Download… to save a copy.</source>
        <translation>Nta gusogongera kuri ubu bwoko bwa dosiye. Koresha Kuramo… kugira ngo ubike kopi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This image cannot be shown (it may be damaged). Use Open to try another program.</source>
        <translation>Iyi foto ntishobora kwerekanwa (ishobora kuba yangiritse). Koresha Fungura kugira ngo ugerageze indi porogaramu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This image cannot be shown (it may be damaged). Use Download… to save a copy.</source>
        <translation>Iyi foto ntishobora kwerekanwa (ishobora kuba yangiritse). Koresha Kuramo… kugira ngo ubike kopi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Use Open to view it.</source>
        <translation>Iyi PDF ntishobora kwerekanwa hano (ishobora kuba yangiritse cyangwa irinzwe n’ijambo ry’ibanga). Koresha Fungura kugira ngo uyirebe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password). Use Download… to save a copy.</source>
        <translation>Iyi PDF ntishobora kwerekanwa hano (ishobora kuba yangiritse cyangwa irinzwe n’ijambo ry’ibanga). Koresha Kuramo… kugira ngo ubike kopi.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../gui/widgets/document_support.py" line="+46"/>
        <source>PDF document</source>
        <translation>Inyandiko ya PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>Ifoto ya PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG image</source>
        <translation>Ifoto ya JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF image</source>
        <translation>Ifoto ya GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIFF image</source>
        <translation>Ifoto ya TIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation>Ifoto ya WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Umwandiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table</source>
        <translation>Imbonerahamwe ya CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive</source>
        <translation>Ububiko bwa ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Word document</source>
        <translation>Inyandiko ya Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Excel workbook</source>
        <translation>Igitabo cya Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PowerPoint presentation</source>
        <translation>Imurika rya PowerPoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text</source>
        <translation>Umwandiko wa OpenDocument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenDocument spreadsheet</source>
        <translation>Imbonerahamwe ya OpenDocument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook message</source>
        <translation>Ubutumwa bwa Outlook</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Windows program</source>
        <translation>Porogaramu ya Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Porogaramu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file “{name}” is no longer there. Choose it again.</source>
        <translation>Dosiye “{name}” ntikiriho. Yongere uyihitemo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “{name}” could not be read or written: {reason}.</source>
        <translation>Dosiye “{name}” ntiyashoboye gusomwa cyangwa kwandikwa: {reason}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not opened</source>
        <translation>Ntiyafunguwe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save file</source>
        <translation>Bika dosiye</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+54"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Shyiraho…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="+208"/>
        <source>Attach files to this record (or drag them here)</source>
        <translation>Omeka dosiye kuri iyi nyandiko (cyangwa uzikurure uzizane hano)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Fungura</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-28"/>
        <source>Open the file with this computer&apos;s program for it</source>
        <translation>Fungura dosiye ukoresheje porogaramu yayo yo kuri iyi mudasobwa</translation>
    </message>
    <message>
        <location filename="../gui/widgets/document_support.py" line="-24"/>
        <location filename="../gui/widgets/documents_layout.py" line="+2"/>
        <source>Do&amp;wnload…</source>
        <translation>&amp;Kuramo…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+1"/>
        <source>&amp;Replace…</source>
        <translation>S&amp;imbuza…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="+39"/>
        <source>Put a new version of the file in its place</source>
        <translation>Shyiraho verisiyo nshya ya dosiye mu mwanya wayo</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_layout.py" line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Ku&amp;vanaho</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-104"/>
        <location line="+206"/>
        <source>Select a file to see it here.</source>
        <translation>Hitamo dosiye kugira ngo uyibone hano.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_words.py" line="+70"/>
        <source>A policy in force changes only through a review: start a review, then change its files.</source>
        <translation>Politiki ikurikizwa ihindurwa gusa binyuze mu isuzuma: tangiza isuzuma, hanyuma uhindure amadosiye yayo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 this belongs to is %2, waiting for its decision: the files of its parts stay as they are until it is decided. Attach the file to the %1 itself, where the one deciding sees it.</source>
        <translation>Ifishi (%1) ibi biherereyemo iri mu cyiciro “%2”, itegereje icyemezo: dosiye z’ibice byayo ziguma uko ziri kugeza icyemezo gifashwe. Shyira dosiye ku ifishi ubwayo, aho ufata icyemezo ayibona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This %1 is %2: its files can no longer be replaced or removed, but a new file can be added.</source>
        <translation>Iyi nyandiko (%1) iri ku rwego “%2”: dosiye zayo ntizishobora gusimbuzwa cyangwa kuvanwaho, ariko dosiye nshya ishobora kongerwaho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This %1 is %2: its files can no longer be added, replaced or removed.</source>
        <translation>Iyi nyandiko (%1) iri ku rwego “%2”: dosiye zayo ntizishobora kongerwaho, gusimbuzwa cyangwa kuvanwaho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files of a person&apos;s record are kept for HR and for the person themselves: none are shown to you here.</source>
        <translation>Imigereka yo ku nyandiko y’umuntu ibikirwa abashinzwe abakozi n’uwo muntu ubwe: nta na kimwe ukwerekwa hano.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-92"/>
        <location filename="../gui/widgets/documents_words.py" line="+10"/>
        <source>Save the record first to attach files</source>
        <translation>Banza ubike inyandiko kugira ngo wometseho dosiye</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_words.py" line="+4"/>
        <source>The files are still loading.</source>
        <translation>Imigereka iracyaza.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can read the files of this %1; your role cannot change them.</source>
        <translation>Ushobora gusoma imigereka y’iyi nyandiko (%1); uruhare rwawe ntirushobora kuyihindura.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No file is attached to this record.</source>
        <translation>Nta mugereka uri kuri iyi nyandiko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a file in the list first.</source>
        <translation>Banza uhitemo umugereka mu rutonde.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_panel.py" line="-16"/>
        <source>Save a copy of the file on this computer</source>
        <translation>Bika kopi y’umugereka kuri iyi mudasobwa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the file from this record</source>
        <translation>Kuraho umugereka kuri iyi nyandiko</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>Saving the file…</source>
        <translation>Kubika dosiye…</translation>
    </message>
    <message numerus="yes">
        <location line="-37"/>
        <location line="+39"/>
        <source>Saving %n files…</source>
        <translation>
            <numerusform>Kubika dosiye %n…</numerusform>
            <numerusform>Kubika dosiye %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Loading the files…</source>
        <translation>Gufungura dosiye…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>No files attached yet.</source>
        <translation>Nta dosiye irometswaho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files attached yet. Drag files here, or use Upload…</source>
        <translation>Nta dosiye irometswaho. Kurura dosiye uzizane hano, cyangwa ukoreshe Shyiraho…</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <location filename="../gui/widgets/documents_words.py" line="-70"/>
        <source>No files attached.</source>
        <translation>Nta dosiye yometseho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file attached</source>
        <translation>Dosiye imwe yometseho</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files attached</source>
        <translation>
            <numerusform>Dosiye %n zometseho</numerusform>
            <numerusform>Dosiye %n zometseho</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading the preview…</source>
        <translation>Gufungura isogongera…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No program on this computer opens “{name}”. Use Download… to save it and open it elsewhere.</source>
        <translation>Nta porogaramu kuri iyi mudasobwa ifungura “{name}”. Koresha Kuramo… kugira ngo uyibike maze uyifungurire ahandi.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved “{name}” in {folder}.</source>
        <translation>“{name}” yabitswe muri {folder}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attach files</source>
        <translation>Omeka dosiye</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace with</source>
        <translation>Simbuza na</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove file</source>
        <translation>Kuvanaho dosiye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “{name}” from this record? It is deleted from the database; the history keeps only its name.</source>
        <translation>Kuvana “{name}” kuri iyi nyandiko? Isibwa mu bubiko bw’amakuru; amateka abika izina ryayo gusa.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/documents_words.py" line="-52"/>
        <source>A case document holds one file, attached with Attach… on its File field: file another case document for another file.</source>
        <translation>Inyandiko ya dosiye igira dosiye imwe, yomekwa na Omekaho… ku kibanza cyayo cya Dosiye: ku yindi dosiye, shyiraho indi nyandiko ya dosiye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A case document is its file, and it is never replaced: to correct it, delete the case document and file a new one.</source>
        <translation>Inyandiko ya dosiye ni dosiye yayo, kandi ntisimburwa: kugira ngo uyikosore, siba iyo nyandiko maze ushyireho indi nshya.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A case document is its file: it takes no other file, and its file is never replaced or removed here. To correct it, delete the case document with Delete… and file a new one.</source>
        <translation>Inyandiko ya dosiye ni dosiye yayo: ntiyakira indi dosiye, kandi dosiye yayo ntisimburwa cyangwa ngo ikurweho hano. Kugira ngo uyikosore, siba iyo nyandiko ukoresheje Siba… maze ushyireho indi nshya.</translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <location filename="../gui/editors/text.py" line="+183"/>
        <source>name@example.rw</source>
        <translation>izina@urugero.rw</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Two addresses: keep one address in this box.</source>
        <translation>Aderesi ebyiri: siga aderesi imwe gusa muri aka kazu.</translation>
    </message>
</context>
<context>
    <name>EmptyNotes</name>
    <message>
        <location filename="../gui/records/empty_notes.py" line="+33"/>
        <source>Set by %1</source>
        <translation>Bishyirwaho na %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set when resolved</source>
        <translation>Bishyirwaho iyo bikemutse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set when decided</source>
        <translation>Bishyirwaho iyo byafashweho icyemezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of the lines</source>
        <translation>Igiteranyo cy’imirongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set when paid</source>
        <translation>Bishyirwaho iyo byishyuwe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needed before %1; it may be saved without it until then</source>
        <translation>Birakenewe mbere ya %1; birashobora kubikwa bitarimo kugeza icyo gihe</translation>
    </message>
</context>
<context>
    <name>EndLeaveEarlyDialog</name>
    <message>
        <location filename="../gui/workflows/end_leave_early_dialog.py" line="+57"/>
        <source>End leave early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End %1&apos;s %2 (%3, %4) early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its working days are counted again: those after the new last day go back to the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New last day of the leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the leave ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;End leave early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Kireke</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The leave now ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseBudgetNote</name>
    <message>
        <location filename="../gui/workflows/expense_budget_note.py" line="+65"/>
        <source>No budget line for %1 %2 in %3 yet: it needs one (Budgets) before it is approved.</source>
        <translation>Nta murongo w’ingengo y’imari wa %1 %2 muri %3 uraba: urakenewe (Ingengo y’imari) mbere y’uko byemezwa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The budget line %1 is %2: it cannot be approved while it is.</source>
        <translation>Umurongo w’ingengo y’imari %1 uri mu cyiciro “%2”: ntibishobora kwemezwa muri icyo cyiciro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line %1: %2 left of %3.</source>
        <translation>Umurongo w’ingengo y’imari %1: hasigaye %2 kuri %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left after approval: %1.</source>
        <translation>Izasigara nyuma yo kwemeza: %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Left after approval: none (%1 over).</source>
        <translation>Izasigara nyuma yo kwemeza: nta na make (harenzeho %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also waiting on this line: %1.</source>
        <translation>Ibindi bitegereje kuri uyu murongo: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Budget line</source>
        <translation>Umurongo w’ingengo y’imari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget warning</source>
        <translation>Iburira ku ngengo y’imari</translation>
    </message>
</context>
<context>
    <name>ExpenseDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/expense_decision_dialog.py" line="+60"/>
        <source>Decide an expense</source>
        <translation>Gufata icyemezo ku ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expense %1: %2</source>
        <translation>Ikoreshwa ry’amafaranga %1: %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Filed by</source>
        <translation>Byatanzwe na</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Decide on %1</source>
        <translation>Fata icyemezo kuri %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Uko ahagaze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>Uwatanze serivisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>Ingengo y’imari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading the budget…</source>
        <translation>Gusoma ingengo y’imari…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated / spent / left</source>
        <translation>Yagenewe / yakoreshejwe / isigaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left after approval</source>
        <translation>Izasigara nyuma yo kwemeza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget warning</source>
        <translation>Iburira ku ngengo y’imari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note</source>
        <translation>&amp;Icyitonderwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, in a few words (the person who filed it reads this)</source>
        <translation>Impamvu, mu magambo make (uwabitanze azabisoma)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Approve</source>
        <translation>&amp;Emeza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reject</source>
        <translation>&amp;Anga</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+87"/>
        <source>This expense is no longer there to decide.</source>
        <translation>Iri koreshwa ry’amafaranga ntirikiriho ngo rifatirwe icyemezo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no department</source>
        <translation>nta shami</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no budget line for this: approving is refused until finance creates one. Rejecting is possible.</source>
        <translation>Nta murongo w’ingengo y’imari ubigenewe: kwemeza ntibyemewe kugeza igihe ishami ry’imari riwushyiriyeho. Kwanga birashoboka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This budget line is %1: approving is refused while it is.</source>
        <translation>Uyu murongo w’ingengo y’imari ni %1: kwemeza ntibyemewe igihe ukiri bityo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approving this overspends the budget line by %1.</source>
        <translation>Kubyemeza birenza umurongo w’ingengo y’imari ho %1.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>&amp;Approve anyway</source>
        <translation>&amp;Emeza uko byagenda kose</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Approving…</source>
        <translation>Kwemeza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting…</source>
        <translation>Kwanga…</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Also waiting on this line</source>
        <translation>Ibindi bitegereje kuri uyu murongo</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>none</source>
        <translation>nta na kimwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 expense, %2</source>
        <translation>ikiguzi 1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expenses, %2</source>
        <translation>ibiguzi %1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With the others waiting on this line, approving them all overspends it by %1.</source>
        <translation>Hamwe n’ibindi bitegereje kuri uyu murongo, kubyemeza byose birenza ingengo y’imari ho %1.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Reading the receipt…</source>
        <translation>Gusoma inyemezabwishyu…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No receipt</source>
        <translation>Nta nyemezabwishyu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No receipt: the file it named is no longer there.</source>
        <translation>Nta nyemezabwishyu: dosiye yavugwaga ntikiriho.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
</context>
<context>
    <name>ExpensePaymentDialog</name>
    <message>
        <location filename="../gui/workflows/expense_payment_dialog.py" line="+29"/>
        <source>This account holds %1 less than the expense.</source>
        <translation>Iyi konti ifite %1 munsi y’amafaranga akoreshwa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay expense</source>
        <translation>Kwishyura ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay %1</source>
        <translation>Ishyura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay expense %1</source>
        <translation>Kwishyura ikoreshwa ry’amafaranga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Uwishyurwa</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paying…</source>
        <translation>Kwishyura…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../gui/export_dialog.py" line="+336"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Igitabo cya Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV for other programs: stored codes, ISO dates (*.csv)</source>
        <translation>CSV y’izindi porogaramu: kode zabitswe, amatariki ya ISO (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export list</source>
        <translation>Ohereza urutonde hanze</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location line="-111"/>
        <location line="+49"/>
        <location line="+27"/>
        <source>Export list</source>
        <translation>Ohereza urutonde hanze</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Exporting to %1…</source>
        <translation>Kohereza muri %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exporting to %1… %n row(s)</source>
        <translation>
            <numerusform>Kohereza muri %1… imirongo %n</numerusform>
            <numerusform>Kohereza muri %1… imirongo %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Umurongo %n woherejwe muri %1.</numerusform>
            <numerusform>Imirongo %n yoherejwe muri %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel holds 1,048,575 rows a sheet: the rows fill %1 sheets.</source>
        <translation>Excel ishyira imirongo 1.048.575 ku rupapuro: imirongo yuzura impapuro %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Fungura ububiko</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The list was not exported. %1</source>
        <translation>Urutonde ntirwoherejwe. %1</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location line="-236"/>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency ({column})</source>
        <translation>Ifaranga ({column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet {number}</source>
        <translation>Urupapuro {number}</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <location filename="../gui/records/values.py" line="+44"/>
        <source>(a record you cannot see)</source>
        <translation>(inyandiko udashobora kubona)</translation>
    </message>
    <message>
        <location filename="../gui/cell_format.py" line="+445"/>
        <location filename="../gui/records/values.py" line="+9"/>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/records/values.py" line="+2"/>
        <source>No</source>
        <translation>Oya</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../gui/editors/common.py" line="+227"/>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Oya</translation>
    </message>
</context>
<context>
    <name>FilterPopup</name>
    <message>
        <location filename="../gui/widgets/filter_popup.py" line="+61"/>
        <source>Filter: {column}</source>
        <translation>Akayunguruzo: {column}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Apply</source>
        <translation>Shyira mu bikorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filter</source>
        <translation>Kuraho akayunguruzo</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <location line="+100"/>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+6"/>
        <location line="+100"/>
        <source>To</source>
        <translation>Uwishyurwa</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Oya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(blank)</source>
        <translation>(ubusa)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show only</source>
        <translation>Erekana gusa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text the value contains</source>
        <translation>Umwandiko uri mu gaciro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains</source>
        <translation>Birimo</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{box}: {problem}</source>
        <translation>{box}: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{text}”: this column holds whole numbers only.</source>
        <translation>“{text}”: iyi nkingi irimo imibare yuzuye gusa.</translation>
    </message>
</context>
<context>
    <name>FinanceSteps</name>
    <message>
        <location filename="../gui/workflows/finance.py" line="+78"/>
        <source>Issue invoice %1 to %2? Its lines and amounts can no longer be changed once it is sent.</source>
        <translation>Gutanga fagitire %1 kuri %2? Imirongo yayo n’amafaranga ntibizongera guhindurwa imaze koherezwa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue invoice</source>
        <translation>Gutanga fagitire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>&amp;Issue</source>
        <translation>&amp;Tanga</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Cancel invoice %1? It will no longer be owed or paid.</source>
        <translation>Guhagarika fagitire %1? Ntizongera kwishyuzwa cyangwa kwishyurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel invoice</source>
        <translation>Guhagarika fagitire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;invoice</source>
        <translation>Hagarika &amp;fagitire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdraw expense %1? It will no longer be approved or rejected.</source>
        <translation>Gukuraho ikoreshwa ry’amafaranga %1? Ntirizongera kwemezwa cyangwa kwangwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw expense</source>
        <translation>Gukuraho ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Kuraho</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Emeza…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve this expense: its budget line is charged</source>
        <translation>Kwemeza iri koreshwa ry’amafaranga: ribarirwa ku murongo waryo w’ingengo y’imari</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;ject…</source>
        <translation>A&amp;nga…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Kuraho…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filed by mistake: it will not be decided</source>
        <translation>Ryatanzwe ku bw’ikosa: ntirizafatirwa icyemezo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pay it from an account: one debit referencing its number</source>
        <translation>Yishyure uvanye kuri konti: ivanwaho rimwe ryanditseho nomero yayo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send it: its lines and amounts are then fixed</source>
        <translation>Yohereze: imirongo yayo n’amafaranga ntibizongera guhinduka</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record &amp;payment…</source>
        <translation>Andika &amp;ubwishyu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reverse pa&amp;yment…</source>
        <translation>Gusubiza iny&amp;ishyu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cheque bounced, or it was recorded here by mistake: take it off</source>
        <translation>Sheki yanze, cyangwa yanditswe hano ku bw’ikosa: yikureho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cance&amp;l invoice…</source>
        <translation>Hagarika &amp;fagitire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of it has been paid: it will no longer be owed</source>
        <translation>Nta na make yayo yishyuwe: ntizongera kwishyuzwa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Approve period…</source>
        <translation>&amp;Emeza igihe…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Cancel run…</source>
        <translation>Hagarika &amp;ibarwa…</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+82"/>
        <source>Mark &amp;paid…</source>
        <translation>Emeza ko byishyu&amp;we…</translation>
    </message>
</context>
<context>
    <name>FormStepDialog</name>
    <message>
        <location filename="../gui/workflows/form_step_dialog.py" line="+306"/>
        <source>Nothing was done: correct the field marked above.</source>
        <translation>Nta cyakozwe: kosora umwanya werekanywe haruguru.</translation>
    </message>
    <message>
        <location filename="../gui/workflows/step_dialog.py" line="+71"/>
        <source>Close</source>
        <translation>Vamo</translation>
    </message>
    <message>
        <location filename="../gui/workflows/form_step_dialog.py" line="-35"/>
        <source>Your note was not recorded; it is still above, to copy.</source>
        <translation>Icyitonderwa cyawe nticyabitswe; kiracyari hejuru, ngo ukigumane.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/records/history_panel.py" line="+35"/>
        <source>Created</source>
        <translation>Byashyizweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Byahinduwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Byasibwe</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+40"/>
        <location line="+6"/>
        <source>Loading the history…</source>
        <translation>Gufungura amateka…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>When and who</source>
        <translation>Igihe n’uwabikoze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Mbere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record history</source>
        <translation>Amateka y’inyandiko</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No changes are recorded for this record.</source>
        <translation>Nta mpinduka zanditswe kuri iyi nyandiko.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s), newest first. Fields you may not read are left out.</source>
        <translation>
            <numerusform>Impinduka %n, izigezweho mbere. Imyanya utemerewe gusoma ntigaragazwa.</numerusform>
            <numerusform>Impinduka %n, izigezweho mbere. Imyanya utemerewe gusoma ntigaragazwa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the system</source>
        <translation>sisitemu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 by %3</source>
        <translation>%1 · %2 na %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(hidden)</source>
        <translation>(birahishe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record you cannot see</source>
        <translation>inyandiko udashobora kubona</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../gui/tabs/inbox_model.py" line="+41"/>
        <source>Kind</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Umutwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Ibisobanuro birambuye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Byatanzwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 payslip</source>
        <translation>Urupapuro rw’umushahara 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 payslips</source>
        <translation>Impapuro z’umushahara %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finance approval</source>
        <translation>Kwemeza kw’imari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department manager&apos;s approval</source>
        <translation>Kwemeza k’umuyobozi w’ishami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (level %2 of %3)</source>
        <translation>%1 (intambwe ya %2 muri %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave</source>
        <translation>Ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Urupapuro rwo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Igihe cy’umushahara</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../gui/tabs/inbox_page.py" line="+82"/>
        <source>Waiting for your decision</source>
        <translation>Bitegereje icyemezo cyawe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Biratangira…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live updates</source>
        <translation>Amakuru ako kanya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items waiting for your decision</source>
        <translation>Ibitegereje icyemezo cyawe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing waits for your decision.</source>
        <translation>Nta kintu gitegereje icyemezo cyawe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Emeza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>A&amp;nga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Fungura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected item with its facts, or several one by one</source>
        <translation>Emeza icyatoranyijwe ubona amakuru yacyo, cyangwa byinshi kimwe ku kindi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject the selected item with its facts, or several one by one</source>
        <translation>Anga icyatoranyijwe ubona amakuru yacyo, cyangwa byinshi kimwe ku kindi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the current item&apos;s record (Enter)</source>
        <translation>Gufungura inyandiko y’ikintu kiriho (Enter)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Connecting…</source>
        <translation>Kwihuza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Ako kanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at intervals</source>
        <translation>Bigenzurwa buri gihe runaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost — retrying</source>
        <translation>Ihuzanzira ryacitse — turongera kugerageza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New items appear as soon as they are submitted.</source>
        <translation>Ibintu bishya bigaragara bikimara gutangwa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server cannot bring news as it happens (it goes through a connection pool), so this list is read again at intervals and after each of your decisions.</source>
        <translation>Ihuzanzira na seriveri ntirishobora kuzana amakuru ako kanya (rinyura mu kigega cy’amahuzanzira), bityo uru rutonde rwongera gusomwa buri gihe runaka na nyuma ya buri cyemezo cyawe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This list could not be brought up to date: {problem}</source>
        <translation>Uru rutonde ntirwashoboye kuvugururwa: {problem}</translation>
    </message>
</context>
<context>
    <name>IntEditor</name>
    <message>
        <location filename="../gui/editors/numbers.py" line="+229"/>
        <source>Between {minimum} and {maximum}</source>
        <translation>Hagati ya {minimum} na {maximum}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than {minimum}</source>
        <translation>Hejuru ya {minimum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {minimum}</source>
        <translation>Nibura {minimum}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less than {maximum}</source>
        <translation>Munsi ya {maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {maximum}</source>
        <translation>Ntibirenze {maximum}</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <location filename="../gui/workflows/invoice_document.py" line="+53"/>
        <source>Bill to</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention: %1</source>
        <translation>Bigenewe %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No lines yet.</source>
        <translation>Nta murongo urashyirwamo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount paid</source>
        <translation>Amafaranga yishyuwe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance due</source>
        <translation>Asigaye kwishyurwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on %1</source>
        <translation>Yishyuwe ku wa %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invoice %1</source>
        <translation>Fagitire %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DRAFT
not issued</source>
        <translation>INYANDIKO Y’AGATEGANYO
ntiratangwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CANCELLED
nothing is owed on it</source>
        <translation>YAHAGARITSWE
nta mwenda uyiriho</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This invoice is no longer there to see.</source>
        <translation>Iyi fagitire ntikiboneka.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>TIN %1</source>
        <translation>TIN %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Bivuye kuri</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice number</source>
        <translation>Nomero ya fagitire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice date</source>
        <translation>Itariki ya fagitire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Itariki ntarengwa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subtotal</source>
        <translation>Igiteranyo gito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Printed on %1</source>
        <translation>Byacapwe ku wa %1</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentDialog</name>
    <message>
        <location filename="../gui/workflows/invoice_payment_dialog.py" line="+60"/>
        <source>Record a payment</source>
        <translation>Kwandika ubwishyu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment on %1</source>
        <translation>Andika ubwishyu kuri %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment of invoice %1</source>
        <translation>Ubwishyu bwa fagitire %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid so far</source>
        <translation>Ayamaze kwishyurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still owed</source>
        <translation>Ayasigaye kwishyurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Itariki ntarengwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on account</source>
        <translation>Yakiriwe kuri konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on &amp;account</source>
        <translation>Yakiriwe kuri &amp;konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received</source>
        <translation>Amafaranga yakiriwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount received</source>
        <translation>A&amp;mafaranga yakiriwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Yakiriwe ku wa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received &amp;on</source>
        <translation>Yakiriwe ku &amp;wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was paid</source>
        <translation>Uko yishyuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Uko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payer&apos;s reference</source>
        <translation>Nomero y’uwishyuye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque number, MoMo transaction id…</source>
        <translation>Nomero ya sheki, nomero y’igikorwa cya MoMo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reference</source>
        <translation>&amp;Nomero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record payment</source>
        <translation>&amp;Andika ubwishyu</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+33"/>
        <source>This invoice is no longer there.</source>
        <translation>Iyi fagitire ntikiriho.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, past due</source>
        <translation>%1, itariki ntarengwa yarenze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no active account in %1 to receive this payment on.</source>
        <translation>Nta konti ikora iri muri %1 yo kwakiriraho ubu bwishyu.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Recording the payment…</source>
        <translation>Kwandika ubwishyu…</translation>
    </message>
</context>
<context>
    <name>JsonDeductions</name>
    <message>
        <location filename="../gui/editors/json_deductions.py" line="+124"/>
        <source>Deduction</source>
        <translation>Ikurwaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amafaranga</translation>
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
        <translation>JSON y’umwimerere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or edit this value as JSON text</source>
        <translation>Erekana cyangwa uhindure aka gaciro nk’umwandiko wa JSON</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This value does not have the usual form of {label}; it is shown as JSON.</source>
        <translation>Aka gaciro ntikameze nk’uko {label} isanzwe imeze; kerekanwa nka JSON.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This JSON does not have the form of {label}; keep editing it here.</source>
        <translation>Iyi JSON ntimeze nka {label}; komeza uyihindurire hano.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>at line {line}, column {column}</source>
        <translation>ku murongo {line}, inkingi {column}</translation>
    </message>
</context>
<context>
    <name>JsonLists</name>
    <message>
        <location filename="../gui/editors/json_lists.py" line="+83"/>
        <source>Nothing here yet: use Add to start.</source>
        <translation>Nta kintu kiri hano: koresha Ongeraho utangire.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add</source>
        <translation>Ongeraho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Kuvanaho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Zamura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>Manura</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>There is nothing in the list yet</source>
        <translation>Nta kintu kiri mu rutonde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a row in the list first</source>
        <translation>Banza uhitemo umurongo mu rutonde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is already first</source>
        <translation>Isanzwe ari iya mbere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is already last</source>
        <translation>Isanzwe ari iya nyuma</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checkpoint</source>
        <translation>Aho kugenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Ikimenyetso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checkpoints yet: use Add to write the first one.</source>
        <translation>Nta hantu ho kugenzura harashyirwaho: koresha Ongeraho wandike aha mbere.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rating</source>
        <translation>Amanota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Yego cyangwa oya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Umwandiko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question</source>
        <translation>Ikibazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale up to</source>
        <translation>Igipimo kugeza kuri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No questions yet: use Add to write the first one.</source>
        <translation>Nta bibazo birashyirwaho: koresha Ongeraho wandike icya mbere.</translation>
    </message>
</context>
<context>
    <name>JsonRecords</name>
    <message>
        <location filename="../gui/editors/json_records.py" line="+206"/>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Isano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank</source>
        <translation>Banki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Nomero ya konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile money number</source>
        <translation>Nomero ya mobile money</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TIN</source>
        <translation>TIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB number</source>
        <translation>Nomero ya RSSB</translation>
    </message>
    <message>
        <location filename="../domain/relationships.py" line="+19"/>
        <source>Spouse</source>
        <translation>Uwo bashakanye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Umubyeyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Umwana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>Umuvandimwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative</source>
        <translation>Uwo mu muryango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Inshuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Undi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Father</source>
        <translation>Papa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>Mama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation>Musaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation>Mushiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cousin</source>
        <translation>Mubyara</translation>
    </message>
</context>
<context>
    <name>LabelNoun</name>
    <message>
        <location filename="../gui/records/titles.py" line="+181"/>
        <source>Review due</source>
        <translation>isuzuma riteganyijwe</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language_menu.py" line="+22"/>
        <source>&amp;Language</source>
        <translation>&amp;Ururimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language</source>
        <translation>Ururimi rwa mudasobwa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Language</source>
        <translation>Ururimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies when DICEL Desktop starts again.</source>
        <translation>Ururimi rushya ruzakoreshwa ubutaha DICEL Desktop itangiye.</translation>
    </message>
</context>
<context>
    <name>Leave</name>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="+42"/>
        <source>%1 leave</source>
        <translation>Ikiruhuko %1</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 has no yearly allowance. In %2: %3 taken, %4 waiting for a decision.</source>
        <translation>%1: nta minsi igenwe ku mwaka. Mu %2: %3 yafashwe, %4 itegereje icyemezo.</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>%1 in %2: %3 a year, %4 taken, %5 waiting for a decision, %n left to request.</source>
        <translation>
            <numerusform>%1 mu %2: %3 ku mwaka, %4 yafashwe, %5 itegereje icyemezo, %n isigaye yasabwa.</numerusform>
            <numerusform>%1 mu %2: %3 ku mwaka, %4 yafashwe, %5 itegereje icyemezo, %n isigaye yasabwa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2: %3 a year, %4 taken, %5 waiting for a decision: %6 over the allowance.</source>
        <translation>%1 mu %2: %3 ku mwaka, %4 yafashwe, %5 itegereje icyemezo: birenze iminsi igenwe ho %6.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 in %2: %3 a year, %4 taken, %5 waiting for a decision: none left to request.</source>
        <translation>%1 mu %2: %3 ku mwaka, %4 yafashwe, %5 itegereje icyemezo, 0 isigaye yasabwa.</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%1 in %2: %3, %4 taken, %5 waiting for a decision, %n left to request.</source>
        <translation>
            <numerusform>%1 mu %2: %3, %4 yafashwe, %5 itegereje icyemezo, %n isigaye yasabwa.</numerusform>
            <numerusform>%1 mu %2: %3, %4 yafashwe, %5 itegereje icyemezo, %n isigaye yasabwa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 in %2: %3, %4 taken, %5 waiting for a decision: none left to request.</source>
        <translation>%1 mu %2: %3, %4 yafashwe, %5 itegereje icyemezo, 0 isigaye yasabwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2: %3, %4 taken, %5 waiting for a decision: %6 over the allowance.</source>
        <translation>%1 mu %2: %3, %4 yafashwe, %5 itegereje icyemezo: birenze iminsi igenwe ho %6.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Started on %1</source>
        <translation>Cyatangiye: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts today (%1)</source>
        <translation>Gitangira uyu munsi (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts tomorrow (%1)</source>
        <translation>Gitangira ejo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on %1</source>
        <translation>Gitangira: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on %1, in 1 working day</source>
        <translation>Gitangira: %1, mu munsi 1 w’akazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts on %1, in %2 working days</source>
        <translation>Gitangira: %1, mu minsi %2 y’akazi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is on leave</source>
        <translation>%1: Ari mu kiruhuko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on leave until %2</source>
        <translation>%1: Ari mu kiruhuko. Itariki yo kurangira: %2</translation>
    </message>
</context>
<context>
    <name>LeaveCardPanel</name>
    <message>
        <location filename="../gui/workflows/leave_card_panel.py" line="+117"/>
        <source>No leave type has a yearly allowance, and no leave is taken or waiting for a decision in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/leave_decision_dialog.py" line="+142"/>
        <source>Decide on a leave request</source>
        <translation>Gufata icyemezo ku gusaba ikiruhuko</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the request…</source>
        <translation>Gufungura ubusabe…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved.</source>
        <translation>Byemejwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected.</source>
        <translation>Byanzwe.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status:</source>
        <translation>Uko ahagaze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee:</source>
        <translation>Umukozi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave:</source>
        <translation>Ikiruhuko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Amatariki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Impamvu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed:</source>
        <translation>Cyatanzwe ku wa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance</source>
        <translation>Iminsi isigaye</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Who else in the team is away then</source>
        <translation>Abandi bo mu itsinda badahari icyo gihe</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Nobody else in the team is away or asking to be.</source>
        <translation>Nta wundi wo mu itsinda udahari cyangwa wabisabye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Amatariki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Uko ahagaze</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note to the employee</source>
        <translation>Ubutumwa ku mukozi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve</source>
        <translation>&amp;Emeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Anga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Vamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without deciding (Esc)</source>
        <translation>Vamo udafashe icyemezo (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Your &amp;note to the employee (optional):</source>
        <translation>&amp;Ubutumwa ku mukozi (si ngombwa):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;note to %1 (optional):</source>
        <translation>&amp;Ubutumwa kuri %1 (si ngombwa):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none given)</source>
        <translation>(nta yatanzwe)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting includes this request (%1).</source>
        <translation>Iminsi itegereje irimo n’ubu busabe (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved: %1 taken of %2.</source>
        <translation>Nibimara kwemezwa: %1 yafashwe kuri %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approving would take %1 beyond the allowance: the database will refuse it. Reject it, or ask for a shorter request.</source>
        <translation>Kubyemeza byarenza iminsi igenwe ho %1: ububiko bw’amakuru buzabyanga. Byange, cyangwa usabe ubusabe bugufi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This request is %1 already: there is nothing to decide.</source>
        <translation>Ubu busabe bwamaze kuba %1: nta cyemezo gisigaye gufatwa.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Approving…</source>
        <translation>Kwemeza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting…</source>
        <translation>Kwanga…</translation>
    </message>
</context>
<context>
    <name>LeaveEnded</name>
    <message>
        <location filename="../gui/workflows/leave_ended_line.py" line="+45"/>
        <source>Terminating %1 cancels this leave, which starts after the termination date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Terminating %1 cancels these %n leaves, which start after the termination date: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This pending leave has days up to the termination date and stays for the supervisor or HR to decide, so that the final payslip counts it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>These %n pending leaves have days up to the termination date and stay for the supervisor or HR to decide, so that the final payslip counts them: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This pending leave of %1 has days up to the termination date and stays for the supervisor or HR to decide, so that the final payslip counts it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>These %n pending leaves of %1 have days up to the termination date and stay for the supervisor or HR to decide, so that the final payslip counts them: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>; </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveFormPreview</name>
    <message>
        <location filename="../gui/workflows/leave_form_preview.py" line="+118"/>
        <source>Waiting includes this request as saved (%1).</source>
        <translation>Iminsi itegereje irimo n’ubu busabe uko bwabitswe (%1).</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="-48"/>
        <source>That is %1 beyond what is left for %2: shorten the leave to the days left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That is %1 beyond what is left: shorten the leave to the days left.</source>
        <translation>Ibyo birenga ibisigaye ho %1: gabanya ikiruhuko kigere ku minsi isigaye.</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../gui/workflows/leave_request_dialog.py" line="+81"/>
        <source>Request leave</source>
        <translation>Gusaba ikiruhuko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type of leave</source>
        <translation>Ubwoko bw’ikiruhuko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of leave</source>
        <translation>Umunsi wa mbere w’ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of leave</source>
        <translation>Umunsi wa nyuma w’ikiruhuko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Impamvu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Type:</source>
        <translation>&amp;Ubwoko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Kuva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>Ku&amp;geza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days:</source>
        <translation>Iminsi y’akazi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:</source>
        <translation>Iminsi isigaye:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Impamvu:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+260"/>
        <source>Request &amp;leave</source>
        <translation>&amp;Saba ikiruhuko</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="-76"/>
        <source>The last day comes before the first.</source>
        <translation>Umunsi wa nyuma uza mbere y’uwa mbere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the first and the last day.</source>
        <translation>Hitamo umunsi wa mbere n’uwa nyuma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not counted: %1)</source>
        <translation>(itabaruwe: %1)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_request_dialog.py" line="-66"/>
        <source>Give the first and the last day of the leave.</source>
        <translation>Tanga umunsi wa mbere n’uwa nyuma w’ikiruhuko.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day cannot come before the first.</source>
        <translation>Umunsi wa nyuma ntushobora kuza mbere y’uwa mbere.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+31"/>
        <source>Requesting…</source>
        <translation>Kohereza ubusabe…</translation>
    </message>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="-12"/>
        <source>A leave request covers a year at most.</source>
        <translation>Ubusabe bw’ikiruhuko ntiburenza umwaka umwe.</translation>
    </message>
</context>
<context>
    <name>LeaveServiceMonths</name>
    <message>
        <location line="-88"/>
        <source>%1 for %2 months of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for 1 month of service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveState</name>
    <message>
        <location line="-95"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveStepDialog</name>
    <message>
        <location filename="../gui/workflows/leave_step_dialog.py" line="+47"/>
        <source>the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Your reason (optional), shown to your supervisor and HR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your reason (optional), shown to %1 and their supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your reason, shown to %1 and their supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveSteps</name>
    <message>
        <location filename="../gui/workflows/leave.py" line="+54"/>
        <source>&amp;Approve or reject…</source>
        <translation>&amp;Emeza cyangwa wange…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide on this request, with the balance and the team&apos;s leave in view</source>
        <translation>Fata icyemezo kuri ubu busabe, urebye iminsi isigaye n’ibiruhuko by’itsinda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel &amp;leave…</source>
        <translation>Hagarika &amp;ikiruhuko…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw this request, or give an approved leave&apos;s days back</source>
        <translation>Kuvanaho ubu busabe, cyangwa gusubiza iminsi y’ikiruhuko cyemejwe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End &amp;early…</source>
        <translation>&amp;Kurangiza ikiruhuko…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give this approved leave an earlier last day: the days not taken go back</source>
        <translation>Kurangiza ikiruhuko cyemejwe mbere y’itariki yo kurangira</translation>
    </message>
</context>
<context>
    <name>LeaveYearBeyond</name>
    <message>
        <location filename="../gui/workflows/leave_decision_dialog.py" line="-376"/>
        <source>Approving would take %1 beyond the allowance of %2: the database will refuse it. Reject it, or ask for a shorter request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveYearShare</name>
    <message>
        <location filename="../gui/workflows/leave_texts.py" line="+199"/>
        <source>In %2: %1 of this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingModel</name>
    <message>
        <location filename="../gui/table_model.py" line="+300"/>
        <source>%1: worked out for the rows shown, so the list is not sorted or filtered by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: filtered</source>
        <translation>%1: ruyunguruwe</translation>
    </message>
</context>
<context>
    <name>LiveInbox</name>
    <message>
        <location filename="../gui/live_inbox.py" line="+80"/>
        <source>Waiting for your decision</source>
        <translation>Bitegereje icyemezo cyawe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, from {name}</source>
        <translation>{what}, byatanzwe na {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new items wait for your decision.</source>
        <translation>
            <numerusform>Ibintu bishya %n bitegereje icyemezo cyawe.</numerusform>
            <numerusform>Ibintu bishya %n bitegereje icyemezo cyawe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginExpiryDialog</name>
    <message>
        <location filename="../gui/admin/login_expiry_dialog.py" line="+30"/>
        <source>Login expiry</source>
        <translation>Igihe konti irangirira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s login has no expiry.</source>
        <translation>Konti ya %1 nta gihe irangirira.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s login expired on %2: it is refused at login.</source>
        <translation>Konti ya %1 yarangiye ku wa %2: yangirwa kwinjira.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s login expires on %2.</source>
        <translation>Konti ya %1 irangira ku wa %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the start of the day chosen, the login is refused with the words of a wrong password. To stop it logging in now, deactivate the user instead.</source>
        <translation>Guhera mu ntangiriro z’umunsi wahiswemo, konti yangirwa kwinjira nk’aho ijambo ry’ibanga ari ribi. Kugira ngo ihagarare ubu, hagarika umukoresha aho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No expiry</source>
        <translation>&amp;Nta gihe irangirira</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Expires on:</source>
        <translation>Irangira &amp;ku:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1&apos;s login has no expiry now.</source>
        <translation>Konti ya %1 ubu nta gihe irangirira.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s login is refused from %2 on.</source>
        <translation>Konti ya %1 yangirwa kwinjira guhera ku wa %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Kubika…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../gui/login_tasks.py" line="+60"/>
        <source>Logging in failed because of an unexpected problem ({problem}). Try again; if it happens again, tell IT.</source>
        <translation>Kwinjira byanze kubera ikibazo kitari kitezwe ({problem}). Ongera ugerageze; nibyongera kuba, menyesha abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location filename="../gui/login_window.py" line="+115"/>
        <source>Checking this computer&apos;s password store…</source>
        <translation>Kugenzura ububiko bw’amagambo y’ibanga bw’iyi mudasobwa…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>DICEL ERP — Demo company</source>
        <translation>DICEL ERP — Ikigo cy’igerageza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode: a made-up company, on this computer only.</source>
        <translation>Uburyo bw’igerageza: ikigo cy’igitekerezo, kuri iyi mudasobwa gusa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo users appear here once the demo database has started.</source>
        <translation>Abakoresha b’igerageza bagaragara hano ububiko bw’amakuru bw’igerageza bumaze gutangira.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>From {file}</source>
        <translation>Bivuye muri {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No server is set up on this computer yet. Click “Add…” and enter the details IT gave you, or ask IT to install the site profile (dicel.toml).</source>
        <translation>Nta seriveri irashyirwa kuri iyi mudasobwa. Kanda “Ongeraho…” maze wandike amakuru wahawe n’abashinzwe ikoranabuhanga (IT), cyangwa ubasabe gushyiraho umwirondoro w’ikigo (dicel.toml).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some server settings could not be used; tell IT:</source>
        <translation>Amwe mu mategeko ya seriveri ntiyashoboye gukoreshwa; menyesha abashinzwe ikoranabuhanga (IT):</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Creating the demo company (first run only; about a minute)…</source>
        <translation>Gushyiraho ikigo cy’igerageza (ubwa mbere gusa; hafi umunota umwe)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the demo database…</source>
        <translation>Gutangiza ububiko bw’amakuru bw’igerageza…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the demo company (first run only; about a minute): {step}…</source>
        <translation>Gushyiraho ikigo cy’igerageza (ubwa mbere gusa; hafi umunota umwe): {step}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo database is ready.</source>
        <translation>Ububiko bw’amakuru bw’igerageza bwiteguye.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo database could not be started.</source>
        <translation>Ububiko bw’amakuru bw’igerageza ntibwashoboye gutangira.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every demo user&apos;s password is &lt;b&gt;{password}&lt;/b&gt;.&lt;br&gt;Double-click a person to fill in their login.</source>
        <translation>Ijambo ry’ibanga rya buri mukoresha w’igerageza ni &lt;b&gt;{password}&lt;/b&gt;.&lt;br&gt;Kanda kabiri ku muntu kugira ngo wuzuze imyirondoro ye yo kwinjira.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your password is kept in this computer&apos;s password store.</source>
        <translation>Ijambo ryawe ry’ibanga ribitswe mu bubiko bw’amagambo y’ibanga bw’iyi mudasobwa.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server could not be saved: {reason}</source>
        <translation>Seriveri ntiyashoboye kubikwa: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove server</source>
        <translation>Kuvanaho seriveri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the server “{name}” from this list?</source>
        <translation>Kuvana seriveri “{name}” kuri uru rutonde?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The list of servers could not be saved: {reason}</source>
        <translation>Urutonde rwa seriveri ntirwashoboye kubikwa: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter your e-mail address.</source>
        <translation>Andika aderesi yawe ya imeri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>Andika ijambo ryawe ry’ibanga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the demo database… you will be logged in when it is ready.</source>
        <translation>Gutangiza ububiko bw’amakuru bw’igerageza… urinjira bumaze kwitegura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a server first (or add one).</source>
        <translation>Banza uhitemo seriveri (cyangwa wongereho imwe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to {name}…</source>
        <translation>Kwihuza na {name}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logged in.</source>
        <translation>Winjiye.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Password not remembered</source>
        <translation>Ijambo ry’ibanga ntiryibutswe</translation>
    </message>
    <message>
        <location filename="../../ui/login_window.ui" line="+14"/>
        <source>DICEL ERP — Log in</source>
        <translation>DICEL ERP — Kwinjira</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>DICEL ERP</source>
        <translation>DICEL ERP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in with your work e-mail address and password.</source>
        <translation>Injira ukoresheje aderesi ya imeri y’akazi n’ijambo ry’ibanga.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Server:</source>
        <translation>&amp;Seriveri:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database server to log in to, as set up by IT</source>
        <translation>Seriveri y’ububiko bw’amakuru yo kwinjiramo, nk’uko yashyizweho n’abashinzwe ikoranabuhanga (IT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a server that IT gave you the details of</source>
        <translation>Ongeraho seriveri wahawe amakuru yayo n’abashinzwe ikoranabuhanga (IT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Ongeraho…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a server you added yourself</source>
        <translation>Kuvanaho seriveri wongeyeho ubwawe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Kuvanaho</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Imeri:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name@dicel.rw</source>
        <translation>izina@dicel.rw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>Ijambo ry’i&amp;banga:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>Ibu&amp;ka ijambo ryanjye ry’ibanga kuri iyi mudasobwa</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Log in</source>
        <translation>I&amp;njira</translation>
    </message>
    <message>
        <location filename="../gui/login_window.py" line="-106"/>
        <location filename="../../ui/login_window.ui" line="+44"/>
        <source>Demo company</source>
        <translation>Ikigo cy’igerageza</translation>
    </message>
    <message>
        <location filename="../../ui/login_window.ui" line="+50"/>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="+41"/>
        <source>Demo company (this computer)</source>
        <translation>Ikigo cy’igerageza (iyi mudasobwa)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/list_commands.py" line="+64"/>
        <source>&amp;Export list…</source>
        <translation>&amp;Ohereza urutonde hanze…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the current list to Excel or CSV</source>
        <translation>Kubika urutonde ruriho muri Excel cyangwa CSV</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+196"/>
        <source>Change my &amp;password…</source>
        <translation>Hindura ijambo ryanjye ry’&amp;ibanga…</translation>
    </message>
    <message>
        <location filename="../gui/list_commands.py" line="+28"/>
        <source>&amp;Print…</source>
        <translation>&amp;Capa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the current list, all its rows</source>
        <translation>Gucapa urutonde ruriho, imirongo yarwo yose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as P&amp;DF…</source>
        <translation>Bika nka P&amp;DF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the current list as a PDF document</source>
        <translation>Kubika urutonde ruriho nk’inyandiko ya PDF</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+139"/>
        <source>My work ({count})</source>
        <translation>Akazi kanjye ({count})</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+213"/>
        <source>My work</source>
        <translation>Akazi kanjye</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Working…</source>
        <translation>Birakorwa…</translation>
    </message>
    <message>
        <location filename="../gui/list_commands.py" line="-63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vugurura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the list from the server</source>
        <translation>Kongera gukura urutonde kuri seriveri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Shakisha…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the current list</source>
        <translation>Gushakisha mu rutonde ruriho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the e&amp;xact number of rows</source>
        <translation>Erekana umubare &amp;nyawo w’imirongo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose &amp;columns…</source>
        <translation>Hitamo &amp;inkingi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New record</source>
        <translation>Inyandiko &amp;nshya</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>A new record in the current list</source>
        <translation>Inyandiko nshya mu rutonde ruriho</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Open record</source>
        <translation>&amp;Fungura inyandiko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected row (also Enter or a double click)</source>
        <translation>Gufungura umurongo watoranyijwe (cyangwa Enter, cyangwa ukanda kabiri)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+125"/>
        <location line="+270"/>
        <source>&amp;Log out</source>
        <translation>&amp;Sohoka</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>&amp;Quit</source>
        <translation>&amp;Funga porogaramu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About DICEL Desktop</source>
        <translation>&amp;Ibyerekeye DICEL Desktop</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Appearance</source>
        <translation>I&amp;migaragarire</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Dosiye</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record</source>
        <translation>&amp;Inyandiko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Kureba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Jya kuri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Ubufasha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Iby’ingenzi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server: {server}</source>
        <translation>Seriveri: {server}</translation>
    </message>
    <message>
        <location filename="../gui/list_commands.py" line="+40"/>
        <source>This page shows no list: open one to use this</source>
        <translation>Uru rupapuro nta rutonde rugaragaza: fungura urutonde ngo ukoreshe ibi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a list first: this page shows none. Its lists are on the left.</source>
        <translation>Banza uhitemo urutonde: iyi paji nta rutonde igaragaza. Intonde zayo ziri ibumoso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a list first: this page shows none.</source>
        <translation>Banza uhitemo urutonde: iyi paji nta rutonde igaragaza.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your role cannot add to “%1”.</source>
        <translation>Inshingano zawe ntizikwemerera kongera kuri “%1”.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Printing</source>
        <translation>Gucapa</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="+81"/>
        <source>About DICEL Desktop</source>
        <translation>Ibyerekeye DICEL Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DICEL Desktop %1
The office client of the DICEL ERP.</source>
        <translation>DICEL Desktop %1
Porogaramu y’ibiro ya DICEL ERP.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Impinduka zitabitswe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Review</source>
        <translation>&amp;Subiramo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard and close</source>
        <translation>&amp;Reka maze ufunge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export under way</source>
        <translation>Kohereza hanze birakomeje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export is still being written: stop it and close?</source>
        <translation>Urutonde rwoherezwa hanze ruracyandikwa: uruhagarike ufunge?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Stop and close</source>
        <translation>&amp;Hagarika ufunge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep exporting</source>
        <translation>&amp;Komeza kohereza hanze</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password changed</source>
        <translation>Ijambo ry’ibanga ryahinduwe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your login no longer works</source>
        <translation>Konti yawe ntigikora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you typed stays in its windows until you close them.</source>
        <translation>Ibyo wanditse biguma mu madirishya yabyo kugeza uyafunze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stay</source>
        <translation>&amp;Guma</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A record has changes that are not saved. Review it before closing?</source>
        <translation>Hari inyandiko ifite impinduka zitabitswe. Uyisubiramo mbere yo gufunga?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records have changes that are not saved. Review them before closing?</source>
        <translation>Inyandiko %1 zifite impinduka zitabitswe. Uzisubiramo mbere yo gufunga?</translation>
    </message>
    <message>
        <location filename="../gui/screenshot.py" line="+100"/>
        <source>Demo company</source>
        <translation>Ikigo cy’igerageza</translation>
    </message>
</context>
<context>
    <name>ModuleTab</name>
    <message>
        <location filename="../gui/tabs/module_tab.py" line="+79"/>
        <source>Budget chart</source>
        <translation>Igishushanyo cy’ingengo y’imari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk heatmap</source>
        <translation>Ikarita y’ingaruka</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Dashboard</source>
        <translation>Incamake</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>&amp;Back</source>
        <translation>&amp;Subira inyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dashboard or chart this list was opened from</source>
        <translation>Subira ku ncamake cyangwa ku gishushanyo uru rutonde rwafunguriweho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole list</source>
        <translation>Erekana urutonde rwose</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1: the records behind the figure</source>
        <translation>%1: inyandiko ziri inyuma y’uyu mubare</translation>
    </message>
</context>
<context>
    <name>MoveStockDialog</name>
    <message>
        <location filename="../gui/workflows/move_stock_dialog.py" line="+81"/>
        <source>Move stock</source>
        <translation>Kwimura ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Biratangira…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In: received</source>
        <translation>Byinjiye: byakiriwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out: issued</source>
        <translation>Byasohotse: byatanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment: a count found more or less</source>
        <translation>Ihindura: ibarura ryabonye byinshi cyangwa bike</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(nothing)</source>
        <translation>(nta cyo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sale</source>
        <translation>Kugurisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A transfer</source>
        <translation>Kwimurira ahandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stock count</source>
        <translation>Ibarura ry’ibicuruzwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock received on a purchase order is recorded by Receive… on the order.</source>
        <translation>Ibicuruzwa byakiriwe ku rupapuro rwo gutumiza byandikwa na Kwakira… kuri urwo rupapuro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A delivery note, a transfer slip…</source>
        <translation>Inyemezabuguzi y’itangwa, urupapuro rw’iyimurwa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+230"/>
        <source>Who it went to, why</source>
        <translation>Uwo byahawe, n’impamvu</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Stock after the movement</source>
        <translation>Ibiri mu bubiko nyuma yo kwimura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An issue says what it went to (Reference number) or who took it and why (Notes): give one of them.</source>
        <translation>Isohoka rivuga icyo ryakoreshejwe (Nomero y’indango) cyangwa uwatwaye n’impamvu (Ibisobanuro): tanga kimwe muri byo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Movement:</source>
        <translation>&amp;Iyimuka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>In&amp;gano:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refers to:</source>
        <translation>&amp;Bijyanye na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference &amp;number:</source>
        <translation>&amp;Nomero ifatika:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+200"/>
        <source>N&amp;otes:</source>
        <translation>Ibisobanu&amp;ro:</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Stock after:</source>
        <translation>Ibiri mu bubiko nyuma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;stock</source>
        <translation>I&amp;mura ibicuruzwa</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Count found more: surplus of a stock count</source>
        <translation>Ibarura ryabonye byinshi: ibirenga byabonetse mu ibarura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move stock: %1</source>
        <translation>Kwimura ibicuruzwa: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3 in stock, minimum %4 (unit: %5).</source>
        <translation>%1 (%2): %3 mu bubiko, ingano ntoya %4 (igipimo: %5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 in stock, minimum %4.</source>
        <translation>%1 (%2): %3 mu bubiko, ingano ntoya %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discontinued: what is left is issued or counted down, nothing is added.</source>
        <translation>Cyahagaritswe: igisigaye gitangwa cyangwa kikabarurwa kigabanuka, nta cyongerwaho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below its minimum: time to order more.</source>
        <translation>Biri munsi y’ingano ntoya: igihe cyo gutumiza ibindi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This item is discontinued: nothing is added to it.</source>
        <translation>Iki gicuruzwa cyahagaritswe: nta cyo cyongerwaho.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is none in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not possible: none in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is only 1 in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What the count found, where (required)</source>
        <translation>Ibyo ibarura ryabonye, n’aho (ni ngombwa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes (required)</source>
        <translation>Ibisobanuro (birasabwa)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes *:</source>
        <translation>Ibis&amp;obanuro *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Birasabwa</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>not possible: discontinued, its stock only goes down</source>
        <translation>ntibishoboka: cyahagaritswe, ububiko bwacyo bugabanuka gusa</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>not possible: only %1 in stock</source>
        <translation>ntibishoboka: hari %1 gusa mu bubiko</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>This item is discontinued: its stock only goes down.</source>
        <translation>Iki kintu ntikigikoreshwa: ibiri mu bubiko bishobora kugabanuka gusa.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>There are only %1 in stock.</source>
        <translation>Mu bubiko harimo %1 gusa.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Give the quantity first.</source>
        <translation>Banza utange ingano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what the count found first.</source>
        <translation>Banza uvuge ibyo ibarura ryasanze.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Below its minimum; %1.</source>
        <translation>Biri munsi y’ingano ntoya; %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below its minimum even with %1: time to order more.</source>
        <translation>Biri munsi y’ingano ntoya n’ubwo hari %1: igihe cyo gutumiza ibindi.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>One movement moves at most %1 pieces.</source>
        <translation>Iyimuka rimwe ryimura ibintu %1 gusa ku bwinshi.</translation>
    </message>
</context>
<context>
    <name>MultilineEditor</name>
    <message>
        <location filename="../gui/editors/common.py" line="-196"/>
        <source>This text is %1 characters long: it may hold at most %2. Shorten it to save.</source>
        <translation>Iyi nyandiko ifite inyuguti %1: ntishobora kurenza %2. Yigabanye kugira ngo ubike.</translation>
    </message>
</context>
<context>
    <name>MyLeavePage</name>
    <message>
        <location filename="../gui/tabs/my_leave_page.py" line="+60"/>
        <source>My leave</source>
        <translation>Ibiruhuko byanjye</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Request leave…</source>
        <translation>&amp;Saba ikiruhuko…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request leave for yourself (Ctrl+N)</source>
        <translation>Saba ikiruhuko cyawe (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Your request was filed; it now waits for a decision.</source>
        <translation>Ubusabe bwawe bwatanzwe; ubu butegereje icyemezo.</translation>
    </message>
</context>
<context>
    <name>MyWorkTab</name>
    <message>
        <location filename="../gui/tabs/my_work_tab.py" line="+54"/>
        <source>My profile</source>
        <translation>Umwirondoro wanjye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My leave</source>
        <translation>Ibiruhuko byanjye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My attendance</source>
        <translation>Uko nitabira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My payslips</source>
        <translation>Imishahara yanjye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My reviews</source>
        <translation>Isuzumabikorwa ryanjye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My IT tickets</source>
        <translation>Ibyo nasabye muri IT</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>My work</source>
        <translation>Akazi kanjye</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Waiting for me ({count})</source>
        <translation>Bintegereje ({count})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no HR record linked to your login, so there is nothing to list here. Ask HR to link your employee record.</source>
        <translation>Nta dosiye y’umukozi ihujwe na konti yawe, bityo nta cyo kwerekana hano. Saba ishami ry’abakozi guhuza dosiye yawe na konti yawe.</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+173"/>
        <source>Waiting for me</source>
        <translation>Bintegereje</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../gui/admin/new_user_dialog.py" line="+33"/>
        <source>Create &amp;user</source>
        <translation>Shyira&amp;ho umukoresha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No department</source>
        <translation>Nta shami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password needs at least %1 characters.</source>
        <translation>Ijambo ry’ibanga rikeneye nibura inyuguti %1.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 can now log in as %2 (%3).</source>
        <translation>Ubu %1 ashobora kwinjira nka %2 (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating…</source>
        <translation>Birashyirwaho…</translation>
    </message>
    <message>
        <location filename="../../ui/new_user_dialog.ui" line="+14"/>
        <source>New user</source>
        <translation>Umukoresha mushya</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The person logs in with this e-mail and password. Give them the password yourself: DICEL will not show it again.</source>
        <translation>Umuntu yinjira akoresheje iyi imeri n’iri jambo ry’ibanga. Ijambo ry’ibanga urimuhe ubwawe: DICEL ntizongera kurierekana.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Imeri:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>firstname.lastname@dicel.rw</source>
        <translation>izina.irindi@dicel.rw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First name:</source>
        <translation>Izina &amp;bwite:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Last name:</source>
        <translation>Izina ry’u&amp;muryango:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Role:</source>
        <translation>Inshin&amp;gano:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Department:</source>
        <translation>I&amp;shami:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Position:</source>
        <translation>&amp;Umwanya w’akazi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional</source>
        <translation>Si ngombwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Employee &amp;number:</source>
        <translation>Nomero y’umu&amp;kozi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number HR gave the person&apos;s employee record: the new login is linked to it, so they see their own leave, payslips and reviews.</source>
        <translation>Nomero ishami ry’abakozi ryahaye dosiye y’uyu muntu: konti nshya ihuzwa na yo, bityo akabona ibiruhuko bye, impapuro z’umushahara we n’isuzuma rye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, e.g. EMP-000042</source>
        <translation>Si ngombwa, urugero EMP-000042</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Ijambo ry’iba&amp;nga:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera:</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../gui/numbers.py" line="+358"/>
        <source>a space</source>
        <translation>umwanya</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>“{text}” reads two ways here: write {thousands} or {fraction}.</source>
        <translation>“{text}”: andika {thousands} cyangwa {fraction}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{text}”: amounts in {currency} have at most {places} decimals: write {thousands} or {fraction}.</source>
        <translation>“{text}”: amafaranga ari muri {currency} ntarenza imibare {places} nyuma y’akitso: andika {thousands} cyangwa {fraction}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type a number.</source>
        <translation>Andika umubare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” has no digits.</source>
        <translation>“{text}” nta mibare irimo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” has an exponent: write the number in full, like {example}.</source>
        <translation>“{text}” ifite igipimo cy’ubwinshi (exponent): andika umubare wose, nka {example}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a number: type digits, like {example}.</source>
        <translation>“{text}” si umubare: andika imibare, nka {example}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”: the decimal sign here is {point}, not {mark}; write it like {example}.</source>
        <translation>“{text}”: akamenyetso k’ibice hano ni {point}, si {mark}; andika nka {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}”: {group} only separates groups of digits here, as in {example}; the decimal sign is {point}.</source>
        <translation>“{text}”: hano {group} itandukanya gusa amatsinda y’imibare, nko muri {example}; akamenyetso k’ibice ni {point}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}”: digits after the decimal sign {point} are not grouped.</source>
        <translation>“{text}”: imibare iri nyuma y’akamenyetso k’ibice {point} ntishyirwa mu matsinda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” has more than one decimal sign {point}.</source>
        <translation>“{text}” ifite akamenyetso k’ibice {point} karenze kamwe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”: digits are missing after the decimal sign {point}.</source>
        <translation>“{text}”: haburamo imibare nyuma y’akamenyetso k’ibice {point}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”: a minus sign goes only in front of the number.</source>
        <translation>“{text}”: ikimenyetso cya gukuramo kijya imbere y’umubare gusa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” is not a number: {mark} does not belong in one.</source>
        <translation>“{text}” si umubare: {mark} ntigomba kubamo.</translation>
    </message>
    <message>
        <location filename="../gui/count_box.py" line="+153"/>
        <source>“{text}” is not a whole number: a count takes whole units only.</source>
        <translation>“{text}” si umubare wuzuye: ingano ibarwa mu bice byuzuye gusa.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“{text}” typed for {what} is not a whole number: a count takes whole units only.</source>
        <translation>“{text}” byanditswe kuri {what} si umubare wuzuye: ingano ibarwa mu bice byuzuye gusa.</translation>
    </message>
    <message>
        <location filename="../gui/numbers.py" line="-43"/>
        <source>“{text}”: here thousands are separated by {group}: write {example}.</source>
        <translation>“{text}”: hano ibihumbi bitandukanywa na {group}: andika {example}.</translation>
    </message>
    <message>
        <location filename="../gui/count_box.py" line="-7"/>
        <source>“{text}”: {group} separates groups of three digits, as in {example}.</source>
        <translation>“{text}”: {group} itandukanya amatsinda y’imibare itatu, nko muri {example}.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>“{text}” typed for {what}: {group} separates groups of three digits, as in {example}.</source>
        <translation>“{text}” byanditswe kuri {what}: {group} itandukanya amatsinda y’imibare itatu, nko muri {example}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{text}” typed for {what}: thousands are separated by {group} here; write {example}.</source>
        <translation>“{text}” byanditswe kuri {what}: hano ibihumbi bitandukanywa na {group}; andika {example}.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../gui/operations.py" line="+158"/>
        <source>Not done</source>
        <translation>Ntibyakozwe</translation>
    </message>
</context>
<context>
    <name>OpenPartsLine</name>
    <message>
        <location filename="../gui/workflows/open_parts_line.py" line="+41"/>
        <source>%1 and %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location filename="../services/open_parts.py" line="+52"/>
        <source>Still open: one incident of this risk, %1. Closing the risk leaves it as it is.</source>
        <translation>Biracyafunguye: icyago kimwe cy’iyi ngaruka, %1. Gufunga iyi ngaruka ntibigihindura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still open: %2 incidents of this risk, %1. Closing the risk leaves them as they are.</source>
        <translation>Biracyafunguye: ibyago %2 by’iyi ngaruka, %1. Gufunga iyi ngaruka ntibibihindura.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Still open: one enrolment of this programme, %1. Once the programme is completed, it is still marked completed, failed or dropped.</source>
        <translation>Biracyafunguye: umwe wiyandikishije muri aya mahugurwa, %1. Amahugurwa amaze kurangira, aracyandikwa ko yarangije, ko byananiranye cyangwa ko yayaretse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 enrolments of this programme, %1. Once the programme is completed, each is still marked completed, failed or dropped.</source>
        <translation>Biracyafunguye: abantu %2 biyandikishije muri aya mahugurwa, %1. Amahugurwa amaze kurangira, buri wese aracyandikwa ko yarangije, ko byananiranye cyangwa ko yayaretse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Still open: one enrolment of this programme, %1. Once the programme is cancelled, it can only be marked dropped or failed.</source>
        <translation>Biracyafunguye: iyandikwa rimwe muri iyi gahunda, %1. Iyi gahunda imaze guhagarikwa, rishobora gusa kwandikwa ko ryaretse cyangwa ryatsinzwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 enrolments of this programme, %1. Once the programme is cancelled, each can only be marked dropped or failed.</source>
        <translation>Biracyafunguye: amayandikwa %2 muri iyi gahunda, %1. Iyi gahunda imaze guhagarikwa, buri rimwe rishobora gusa kwandikwa ko ryaretse cyangwa ryatsinzwe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Still open: one candidate for this posting, %1. Once it is filled, they can no longer be hired, only rejected or withdrawn: hire the person taking the job first.</source>
        <translation>Biracyafunguye: umukandida umwe kuri iri tangazo, %1. Iri tangazo rimaze kubona umukozi, ntashobora guhabwa akazi, ashobora gusa kwangwa cyangwa kwandikwa ko yavuyemo: banza uhe akazi uwagatoranyirijwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 candidates for this posting, %1. Once it is filled, none can be hired any more, only rejected or withdrawn: hire the person taking the job first.</source>
        <translation>Biracyafunguye: abakandida %2 kuri iri tangazo, %1. Iri tangazo rimaze kubona umukozi, ntawe ushobora guhabwa akazi, buri wese ashobora gusa kwangwa cyangwa kwandikwa ko yavuyemo: banza uhe akazi uwagatoranyirijwe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still open: one candidate for this posting, %1. Once it is cancelled, they can only be rejected or withdrawn.</source>
        <translation>Biracyafunguye: umukandida umwe kuri iri tangazo, %1. Iri tangazo rimaze guhagarikwa, ashobora gusa kwangwa cyangwa kwandikwa ko yavuyemo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still open: %2 candidates for this posting, %1. Once it is cancelled, each can only be rejected or withdrawn.</source>
        <translation>Biracyafunguye: abakandida %2 kuri iri tangazo, %1. Iri tangazo rimaze guhagarikwa, buri wese ashobora gusa kwangwa cyangwa kwandikwa ko yavuyemo.</translation>
    </message>
</context>
<context>
    <name>OrderFactsView</name>
    <message>
        <location filename="../gui/workflows/order_facts_view.py" line="+29"/>
        <source>Department manager</source>
        <translation>Umuyobozi w’ishami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Imari</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What</source>
        <translation>Icyo ari cyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines of the order</source>
        <translation>Ibiri ku rupapuro rwo gutumiza</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Approval so far</source>
        <translation>Aho kwemeza bigeze</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Drawn up by %1 (%2) on %3.</source>
        <translation>Rwakozwe na %1 (%2) ku wa %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>someone no longer listed</source>
        <translation>umuntu utakiri ku rutonde</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>no department</source>
        <translation>nta shami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery expected on %1.</source>
        <translation>Bitegerejwe kugezwa ku wa %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total: %1.</source>
        <translation>Igiteranyo: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: %1</source>
        <translation>Ibisobanuro: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: not reached.</source>
        <translation>%1: ntibiragerwaho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: waits for this decision.</source>
        <translation>%1: bitegereje iki cyemezo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: after that.</source>
        <translation>%1: nyuma y’aho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: approved by %2 on %3.</source>
        <translation>%1: byemejwe na %2 ku wa %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: rejected by %2 on %3.</source>
        <translation>%1: byanzwe na %2 ku wa %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>OrderWaitingLine</name>
    <message>
        <location filename="../gui/workflows/order_waiting_line.py" line="+74"/>
        <source>Its department&apos;s manager</source>
        <translation>Umuyobozi w’ishami ryabyo</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>it now waits for its department&apos;s manager.</source>
        <translation>ubu bitegereje umuyobozi w’ishami ryabyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it now waits for Finance.</source>
        <translation>ubu bitegereje Imari.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You approved it for %2 on %3; %4</source>
        <translation>Warabyemeje ku bwa %2 ku wa %3; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approved it for %2; %4</source>
        <translation>Warabyemeje ku bwa %2; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approved it on %3; %4</source>
        <translation>Warabyemeje ku wa %3; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approved it; %4</source>
        <translation>Warabyemeje; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it for %2 on %3; %4</source>
        <translation>%1 yabyemeje ku bwa %2 ku wa %3; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it for %2; %4</source>
        <translation>%1 yabyemeje ku bwa %2; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it on %3; %4</source>
        <translation>%1 yabyemeje ku wa %3; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved it; %4</source>
        <translation>%1 yabyemeje; %4</translation>
    </message>
</context>
<context>
    <name>PaidBackWords</name>
    <message numerus="yes">
        <location filename="../gui/workflows/leave_step_dialog.py" line="-85"/>
        <source>The %n working day(s) of %2 already taken off a payslip will be paid back by the next payroll run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pending payroll run of %1 was made before and does not include them: cancel it and run it again to pay them there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../gui/workflows/money_fields.py" line="+27"/>
        <source>Bank transfer</source>
        <translation>Kohereza kuri banki</translation>
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
        <translation>Sheki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Amafaranga mu ntoki</translation>
    </message>
</context>
<context>
    <name>PaymentOutDialog</name>
    <message>
        <location filename="../gui/workflows/payment_out_dialog.py" line="+50"/>
        <source>This account holds %1 less than the payment.</source>
        <translation>Iyi konti ifite %1 munsi y’ubwishyu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid from account</source>
        <translation>Byishyuwe bivuye kuri konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid from &amp;account</source>
        <translation>Byishyuwe bivuye kuri &amp;konti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid on</source>
        <translation>Byishyuwe ku wa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid &amp;on</source>
        <translation>Byishyuwe ku &amp;wa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;paid</source>
        <translation>Emeza ko &amp;byishyuwe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No active account holds %1: open one in Finance first.</source>
        <translation>Nta konti ikora iri muri %1: banza ufungure imwe mu Imari.</translation>
    </message>
</context>
<context>
    <name>PaymentReversalDialog</name>
    <message>
        <location filename="../gui/workflows/payment_reversal_dialog.py" line="+36"/>
        <source>Reverse a payment on %1</source>
        <translation>Gusubiza inyishyu kuri %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverse a payment</source>
        <translation>Gusubiza inyishyu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a payment off invoice %1</source>
        <translation>Gukura inyishyu kuri fagitire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment to reverse</source>
        <translation>Inyishyu isubizwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment</source>
        <translation>&amp;Inyishyu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is reversed</source>
        <translation>Impamvu isubijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque bounced, recorded on the wrong invoice…</source>
        <translation>Sheki yanze, yanditswe kuri fagitire itari yo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why</source>
        <translation>Im&amp;pamvu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse payment</source>
        <translation>&amp;Subiza inyishyu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No payment of this invoice is left to reverse.</source>
        <translation>Nta nyishyu y’iyi fagitire isigaye yo gusubiza.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reversing the payment…</source>
        <translation>Inyishyu irasubizwa…</translation>
    </message>
</context>
<context>
    <name>PayrollDecisionDialog</name>
    <message>
        <location filename="../gui/workflows/payroll_decision_dialog.py" line="+119"/>
        <source>Approve a pay period</source>
        <translation>Kwemeza igihe cy’umushahara</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Approve the payroll of %1</source>
        <translation>Kwemeza umushahara wa %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel a payroll run</source>
        <translation>Guhagarika ibarwa ry’umushahara</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Cancel the payroll run of %1</source>
        <translation>Guhagarika ibarwa ry’umushahara wa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 kugeza %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Uko ahagaze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run by</source>
        <translation>Byabazwe na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payslips</source>
        <translation>Impapuro z’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic salaries</source>
        <translation>Imishahara fatizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowances</source>
        <translation>Insimburamubyizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>Umushahara mbumbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Ibikurwaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net to pay</source>
        <translation>Amafaranga yo kwishyura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Icyitonderwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve period</source>
        <translation>&amp;Emeza igihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the &amp;run</source>
        <translation>Hagarika i&amp;barwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is cancelled</source>
        <translation>Impamvu bihagaritswe</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+46"/>
        <source>This pay period is no longer there.</source>
        <translation>Iki gihe cy’umushahara ntikikiriho.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Approving…</source>
        <translation>Kwemeza…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Birahagarikwa…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>1st</source>
        <translation>1</translation>
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
        <translation>Ukwezi kwa %1 ntikurarangira: hasigaye umunsi 1 w’ubwitabire n’ibiruhuko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not over: %2 days of attendance and leave are still to come.</source>
        <translation>Ukwezi kwa %1 ntikurarangira: hasigaye iminsi %2 y’ubwitabire n’ibiruhuko.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The usual pay day is the %1 (system setting payroll.pay_day).</source>
        <translation>Umunsi usanzwe wo guhemba ni itariki ya %1 (igenamiterere rya sisiteme payroll.pay_day).</translation>
    </message>
</context>
<context>
    <name>PayrollPage</name>
    <message>
        <location filename="../gui/workflows/payroll_page.py" line="+47"/>
        <source>&amp;Run payroll…</source>
        <translation>&amp;Bara umushahara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the payslips of a month (Ctrl+N)</source>
        <translation>Kora impapuro z’umushahara z’ukwezi (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payroll</source>
        <translation>Umushahara</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The payroll of %1 ran: its payslips wait for approval.</source>
        <translation>Umushahara wa %1 wabazwe: impapuro zawo z’umushahara zitegereje kwemezwa.</translation>
    </message>
</context>
<context>
    <name>PayrollPaymentDialog</name>
    <message>
        <location filename="../gui/workflows/payroll_payment_dialog.py" line="+54"/>
        <source>Pay salaries</source>
        <translation>Kwishyura imishahara</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>Pay the salaries of %1</source>
        <translation>Kwishyura imishahara ya %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payslips</source>
        <translation>Impapuro z’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net to pay</source>
        <translation>Amafaranga yo kwishyura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it was paid</source>
        <translation>Uko yishyuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How</source>
        <translation>&amp;Uko</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This pay period is no longer there.</source>
        <translation>Iki gihe cy’umushahara ntikikiriho.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>This account holds %1 less than the salaries need.</source>
        <translation>Iyi konti ibura %1 ngo yishyure imishahara.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Paying…</source>
        <translation>Kwishyura…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 by %2</source>
        <translation>%1 hakoreshejwe %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a method</source>
        <translation>%1 nta buryo bwo kwishyurwa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each payslip keeps its own method. How is the transfer&apos;s from the account, written on its entry.</source>
        <translation>Buri rupapuro rw’umushahara rugumana uburyo bwarwo bwo kwishyurwa. “Uko” ni uburyo amafaranga ava kuri konti, byanditswe ku nyandiko yayo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payslip has a method of its own: all of them are paid as How says, and so is the transfer from the account.</source>
        <translation>Nta rupapuro rw’umushahara rufite uburyo bwarwo bwo kwishyurwa: zose zishyurwa nk’uko “Uko” ibivuga, kimwe n’amafaranga ava kuri konti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each payslip keeps its own method; those without one are paid as How says, and so is the transfer from the account.</source>
        <translation>Buri rupapuro rw’umushahara rugumana uburyo bwarwo bwo kwishyurwa; izitabufite zishyurwa nk’uko “Uko” ibivuga, kimwe n’amafaranga ava kuri konti.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PayrollRunDialog</name>
    <message>
        <location filename="../gui/workflows/payroll_run_dialog.py" line="+37"/>
        <source>Run payroll</source>
        <translation>Kubara umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the payroll of a month</source>
        <translation>Kubara umushahara w’ukwezi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Ukwezi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last period run</source>
        <translation>Igihembwe giheruka kubarirwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>&amp;Ukwezi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone employed in that month gets a pending payslip: basic from their salary, allowances and deductions computed by the database. HR may adjust allowances until someone other than you approves the period; then finance pays it.</source>
        <translation>Buri wese wakoraga muri uko kwezi ahabwa urupapuro rw’umushahara rutegereje: umushahara fatizo uva ku mushahara we, insimburamubyizi n’ibikurwaho bibarwa n’ububiko bw’amakuru. Ishami ry’abakozi rishobora guhindura insimburamubyizi kugeza igihe undi muntu utari wowe yemeje igihe; hanyuma ishami ry’imari rikakishyura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone who left before that month and whose untaken annual leave no payslip paid gets a final settlement payslip for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run payroll</source>
        <translation>&amp;Bara umushahara</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None yet</source>
        <translation>Nta na kimwe kugeza ubu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has not begun: its payroll can be run from %2.</source>
        <translation>%1 ntiratangira: imishahara yacyo ishobora kubarwa guhera ku wa %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making the payslips…</source>
        <translation>Gukora impapuro z’umushahara…</translation>
    </message>
</context>
<context>
    <name>Payslip</name>
    <message>
        <location filename="../gui/editors/json_deductions.py" line="-89"/>
        <source>PAYE (income tax)</source>
        <translation>PAYE (umusoro ku nyungu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB pension</source>
        <translation>Ubwiteganyirize bwa RSSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB maternity leave</source>
        <translation>Ikiruhuko cyo kubyara cya RSSB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CBHI (community health insurance)</source>
        <translation>Mituweli (CBHI)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/payslip_document.py" line="+39"/>
        <source>TIN %1</source>
        <translation>TIN %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on %1 by %2</source>
        <translation>Byishyuwe ku wa %1 na %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not paid yet (%1)</source>
        <translation>Ntiburishyurwa (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employee</source>
        <translation>Umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Nomero y’umukozi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>Umwanya w’akazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 kugeza %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Final settlement of a termination on %1: no salary for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No salary for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basic salary</source>
        <translation>Umushahara fatizo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowances</source>
        <translation>Insimburamubyizi</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Gross pay</source>
        <translation>Umushahara mbumbe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total deductions</source>
        <translation>Igiteranyo cy’ibikurwaho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net pay</source>
        <translation>Umushahara usigaye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earnings</source>
        <translation>Ibyinjizwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Ibikurwaho</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Payslip for %1</source>
        <translation>Urupapuro rw’umushahara rwa %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CANCELLED
not a proof of pay</source>
        <translation>BYAHAGARITSWE
si gihamya cy’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAFT
awaiting approval, not a proof of pay</source>
        <translation>INYANDIKO Y’AGATEGANYO
itegereje kwemezwa, si gihamya cy’umushahara</translation>
    </message>
    <message>
        <location filename="../gui/editors/json_deductions.py" line="+8"/>
        <source>RSSB pension (%1)</source>
        <translation>Ubwiteganyirize bwa RSSB (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSSB maternity leave (%1)</source>
        <translation>Ikiruhuko cyo kubyara cya RSSB (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CBHI (community health insurance, %1)</source>
        <translation>Mituweli (CBHI, %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PAYE (income tax, by bands)</source>
        <translation>PAYE (umusoro ku nyungu, ukurikije ibyiciro)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>PAYE bands: %1</source>
        <translation>Ibyiciro bya PAYE: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 up to %2</source>
        <translation>%1 kugeza kuri %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 above %2</source>
        <translation>%1 hejuru ya %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/workflows/payslip_document.py" line="+21"/>
        <source>payslip</source>
        <translation>umushahara</translation>
    </message>
</context>
<context>
    <name>PayslipCounts</name>
    <message numerus="yes">
        <location line="-152"/>
        <source>Unpaid leave: %n of %2 working days, %3 less on basic salary</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Untaken leave paid: %n working days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Unpaid leave paid back: %n working day(s) of %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayslipOutput</name>
    <message>
        <location line="+155"/>
        <source>This payslip is no longer there to see.</source>
        <translation>Uru rupapuro rw’umushahara ntirukiboneka.</translation>
    </message>
</context>
<context>
    <name>PayslipsPage</name>
    <message>
        <location filename="../gui/tabs/payslips_page.py" line="+46"/>
        <source>&amp;Print…</source>
        <translation>&amp;Capa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the chosen payslip (Ctrl+P)</source>
        <translation>Capa urupapuro rw’umushahara rwatoranyijwe (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Bika nka P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chosen payslip as a PDF file</source>
        <translation>Bika urupapuro rw’umushahara rwatoranyijwe nka dosiye ya PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payslips</source>
        <translation>Impapuro z’umushahara</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a payslip in the list first.</source>
        <translation>Banza uhitemo urupapuro rw’umushahara ku rutonde.</translation>
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
        <translation>Nomero ebyiri: siga nomero imwe gusa muri aka kazu.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../gui/printing/filter_words.py" line="+28"/>
        <source>Search: “%1”</source>
        <translation>Gushakisha: “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains “%1”</source>
        <translation>birimo “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or </source>
        <translation> cyangwa </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from %1 to %2</source>
        <translation>kuva %1 kugeza %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from %1</source>
        <translation>guhera %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>kugeza %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(ubusa)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../gui/printing/pages.py" line="+145"/>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../gui/printing/pages.py" line="+2"/>
        <source>No</source>
        <translation>Oya</translation>
    </message>
    <message>
        <location filename="../gui/printing/list_job.py" line="+78"/>
        <source>last first</source>
        <translation>uhereye ku bya nyuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first first</source>
        <translation>uhereye ku bya mbere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorted by %1, %2</source>
        <translation>Bitondetswe hakurikijwe %1, %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Reading the rows of %1…</source>
        <translation>Gusoma imirongo ya %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>Gucapa</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Printing was cancelled: nothing was printed or saved.</source>
        <translation>Gucapa byahagaritswe: nta cyacapwe cyangwa ngo kibikwe.</translation>
    </message>
    <message>
        <location filename="../gui/printing/output.py" line="+43"/>
        <source>Print %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save %1 as PDF</source>
        <translation>Bika %1 nka PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Inyandiko za PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PDF could not be written to %1: choose another folder.</source>
        <translation>PDF ntiyashoboye kwandikwa muri %1: hitamo ubundi bubiko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../gui/printing/pages.py" line="+192"/>
        <source>Saved as %1.</source>
        <translation>Byabitswe nka %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer could not be used: check it is on and try again.</source>
        <translation>Imashini icapa ntiyashoboye gukoreshwa: genzura ko yatse maze wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer.</source>
        <translation>Byoherejwe ku mashini icapa.</translation>
    </message>
    <message>
        <location filename="../gui/printing/page.py" line="+197"/>
        <source>Page %1 of %2</source>
        <translation>Urupapuro %1 muri %2</translation>
    </message>
    <message>
        <location filename="../gui/printing/pages.py" line="-89"/>
        <source>None</source>
        <translation>Nta na kimwe</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save picture as PNG</source>
        <translation>Bika ifoto nka PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Amafoto ya PNG (*.png)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The picture could not be saved to %1: choose another folder.</source>
        <translation>Ifoto ntiyashoboye kubikwa muri %1: hitamo ubundi bubiko.</translation>
    </message>
    <message>
        <location filename="../gui/printing/filter_words.py" line="-33"/>
        <source>%1, or empty</source>
        <translation>%1, cyangwa ubusa</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../gui/profile_dialog.py" line="+18"/>
        <source>Default (encrypted when the server offers it)</source>
        <translation>Bisanzwe (bihishwe iyo seriveri ibitanga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>Bihishwe buri gihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Bihishwe, icyemezo cya seriveri kigenzuwe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted, certificate and server name checked</source>
        <translation>Bihishwe, icyemezo n’izina rya seriveri bigenzuwe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not encrypted (local network only)</source>
        <translation>Ntibihishwe (umuyoboro w’imbere gusa)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the server a name, for example “Head office”.</source>
        <translation>Ha seriveri izina, urugero “Icyicaro gikuru”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a server named “%1”: choose another name.</source>
        <translation>Hasanzwe hari seriveri yitwa “%1”: hitamo irindi zina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the server address that IT gave you.</source>
        <translation>Andika aderesi ya seriveri wahawe n’abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server address has no spaces.</source>
        <translation>Aderesi ya seriveri ntigira imyanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Dosiye y’icyemezo %1 ntibaho.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA certificate from IT</source>
        <translation>Icyemezo cya CA gitanzwe na IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Ibyemezo (*.pem *.crt *.cer);;Dosiye zose (*)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="+14"/>
        <source>Add a server</source>
        <translation>Ongeraho seriveri</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the server details that IT gave you. Leave the port and database as they are unless told otherwise.</source>
        <translation>Andika amakuru ya seriveri wahawe n’abashinzwe ikoranabuhanga (IT). Reka port n’ububiko bw’amakuru uko biri keretse ubwiwe ukundi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Izina:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For example: Head office</source>
        <translation>Urugero: Icyicaro gikuru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server address:</source>
        <translation>Aderesi ya &amp;seriveri:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>db.dicel.rw</source>
        <translation>db.dicel.rw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Database:</source>
        <translation>Ububiko bw’&amp;amakuru:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dicel_erp_db</source>
        <translation>dicel_erp_db</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Encryption:</source>
        <translation>Uburyo bwo ku&amp;hisha:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;CA certificate:</source>
        <translation>Icyemezo cya &amp;CA:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only if IT gave you one</source>
        <translation>Gusa niba IT yaraguhaye kimwe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>Hi&amp;tamo…</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../gui/tabs/profile_view.py" line="+22"/>
        <source>Me</source>
        <translation>Jyewe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Aderesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Itariki y’amavuko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employment</source>
        <translation>Akazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee number</source>
        <translation>Nomero y’umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Umwanya w’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Umuyobozi ukuriye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>Itariki yo gutangira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment type</source>
        <translation>Ubwoko bw’amasezerano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work location</source>
        <translation>Aho akorera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Uko ahagaze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in DICEL</source>
        <translation>Inshingano muri DICEL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pay</source>
        <translation>Umushahara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Salary (monthly)</source>
        <translation>Umushahara (buri kwezi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Konti ya banki</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+48"/>
        <source>Loading your profile…</source>
        <translation>Gufungura umwirondoro wawe…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No profile was found for this login. Ask HR to link it.</source>
        <translation>Nta mwirondoro wabonetse kuri iyi konti. Saba ishami ry’abakozi kuwuhuza nayo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Besides you, only Human Resources, Finance and Administration can see your salary and bank details.</source>
        <translation>Uretse wowe, Abakozi, Imari n’Ubuyobozi ni bo bonyine babona umushahara wawe n’amakuru ya banki yawe.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Emergency contact</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>To correct any of these, ask Human Resources.</source>
        <translation>Kugira ngo ukosore kimwe muri ibi, baza Imicungire y’abakozi.</translation>
    </message>
</context>
<context>
    <name>PurchasingSteps</name>
    <message>
        <location filename="../gui/workflows/purchasing.py" line="+89"/>
        <source>It now waits for the next level&apos;s approval.</source>
        <translation>Ubu rutegereje kwemezwa n’intambwe ikurikira.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is approved: it can be ordered and received.</source>
        <translation>Rwemejwe: rushobora gutumizwa no kwakirwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is rejected.</source>
        <translation>Rwanzwe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of it has arrived; the rest is still awaited.</source>
        <translation>Igice cyabyo cyaje; ibisigaye biracyategerejwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything it ordered has arrived.</source>
        <translation>Ibyatumijwe byose byaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is ordered: receive it when it arrives.</source>
        <translation>Byatumijwe: byakire nibihagera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is cancelled.</source>
        <translation>Rwahagaritswe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Submit %1 for approval? Its lines can no longer be changed once it is submitted.</source>
        <translation>Gutanga %1 ngo yemezwe? Imirongo yayo ntizongera guhindurwa imaze gutangwa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Submit</source>
        <translation>&amp;Tanga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting…</source>
        <translation>Biratangwa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted for approval.</source>
        <translation>Byatanzwe ngo byemezwe.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Has %1 been sent to its supplier?</source>
        <translation>%1 yoherejwe ku uyitanga?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;ordered</source>
        <translation>Byatu&amp;mijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking it ordered…</source>
        <translation>Kwandika ko byatumijwe…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel %1? It can then no longer be approved, ordered or received.</source>
        <translation>Guhagarika %1? Ntizongera kwemezwa, gutumizwa cyangwa kwakirwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel &amp;order</source>
        <translation>Hagarika itumi&amp;za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Birahagarikwa…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Closed: what was received stays in stock; the rest is no longer expected.</source>
        <translation>Ryafunzwe: ibyakiriwe biguma mu bubiko; ibisigaye ntibigitegerejwe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decided.</source>
        <translation>Icyemezo cyafashwe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received.</source>
        <translation>Byakiriwe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stock was moved.</source>
        <translation>Ibicuruzwa byimuwe.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>S&amp;ubmit…</source>
        <translation>Oh&amp;ereza…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the order for approval</source>
        <translation>Ohereza urupapuro rwo gutumiza ngo rwemezwe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Emeza…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Anga…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recei&amp;ve…</source>
        <translation>A&amp;kira…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record what arrived, line by line</source>
        <translation>Andika ibyaje, umurongo ku murongo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark &amp;ordered…</source>
        <translation>Byatu&amp;mijwe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record that the order was sent to its supplier</source>
        <translation>Andika ko urupapuro rwo gutumiza rwoherejwe ku urutanga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cance&amp;l order…</source>
        <translation>Hagarika itumi&amp;za…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of it has arrived yet: it will not be ordered or received</source>
        <translation>Nta na kimwe cyaraza: ntibizatumizwa cyangwa ngo byakirwe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close or&amp;der…</source>
        <translation>Funga itu&amp;miza…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End it as it stands: what arrived stays in stock, the rest is no longer expected</source>
        <translation>Risoze uko rimeze: ibyageze biguma mu bubiko, ibisigaye ntibigitegerejwe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Move stock…</source>
        <translation>I&amp;mura ibicuruzwa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock in, out, or a correction after a count</source>
        <translation>Ibyinjiye, ibisohotse, cyangwa ikosora nyuma y’ibarura</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../gui/translations.py" line="+91"/>
        <source>&amp;OK</source>
        <translation>&amp;Sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Vamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Vamo utabitse</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-23"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Bika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Bika byose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Fungura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yego kuri &amp;byose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Oya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>O&amp;ya kuri byose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Hagarika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Ongera ugerageze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Birengagize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Vamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ntubike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ubufasha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Shyira mu bikorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Subiza uko byari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Subiza ibisanzwe</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../gui/questions.py" line="+62"/>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>&amp;Ntubike</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Discard what you typed?</source>
        <translation>Ureka ibyo wanditse?</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Keep typing</source>
        <translation type="unfinished">&amp;Komeza kwandika</translation>
    </message>
</context>
<context>
    <name>ReceivePurchaseOrderDialog</name>
    <message>
        <location filename="../gui/workflows/receive_purchase_order_dialog.py" line="+65"/>
        <source>Receive the purchase order</source>
        <translation>Kwakira ibyatumijwe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Icyo ari cyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>Byatumijwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived before</source>
        <translation>Byaje mbere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived now</source>
        <translation>Bije ubu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;ll awaited</source>
        <translation>&amp;Byose byategerejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything still awaited arrived</source>
        <translation>Ibyari bitegerejwe byose byaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive</source>
        <translation>&amp;Akira</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Receive %1</source>
        <translation>Kwakira %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all arrived</source>
        <translation>byose byaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived now: %1</source>
        <translation>Bije ubu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> of %1</source>
        <translation> kuri %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 typed for %2, %3 awaited: receive %3 and tell the supplier, or correct the count.</source>
        <translation>%1 byanditswe kuri %2, hategerejwe %3: akira %3 kandi ubimenyeshe umucuruzi, cyangwa ukosore umubare.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Correct the numbers above what is awaited first.</source>
        <translation>Banza ukosore imibare irenze ibitegerejwe.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>One receipt takes at most %1 of a line.</source>
        <translation>Iyakira rimwe ryakira %1 gusa ku murongo umwe.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 typed for %2: one receipt takes at most %3 of a line. Receive %3 now and the rest in another receipt, or correct the count.</source>
        <translation>%1 byanditswe kuri %2: iyakira rimwe ryakira %3 gusa ku murongo umwe. Akira %3 ubu, ibisigaye ubyakire mu iyakira rindi, cyangwa ukosore umubare.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct the numbers above what one receipt takes first.</source>
        <translation>Banza ukosore imibare irenze ibyo iyakira rimwe ryakira.</translation>
    </message>
</context>
<context>
    <name>RecordFlags</name>
    <message>
        <location filename="../gui/records/flag_line.py" line="+36"/>
        <source>Below its minimum stock: %1 of %2</source>
        <translation>Munsi y’ingano ntoya: %1 kuri %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still pending, and its first day was %1: it needs a decision</source>
        <translation>Buracyategereje, kandi umunsi wa mbere wari %1: bukeneye icyemezo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High or critical risk (score %1), not closed: it needs attention</source>
        <translation>Ibyago biri hejuru cyangwa bikomeye (amanota %1), ntibirafungwa: bikeneye kwitabwaho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review overdue since %1</source>
        <translation>Isuzuma ryaratinze kuva %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expired on %1</source>
        <translation>Uruhushya rwarangiye ku wa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expires on %1</source>
        <translation>Uruhushya ruzarangira ku wa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on %1, and still active</source>
        <translation>Ryarangiye ku wa %1, kandi riracyakurikizwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends on %1</source>
        <translation>Rizarangira ku wa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected to close by %1: still open</source>
        <translation>Yari iteganyijwe gusozwa ku wa %1: iracyafunguye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications were to close on %1: still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target completion %1: not settled yet</source>
        <translation>Iteganyijwe kurangira ku wa %1: ntirarangira</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected by %1: not received yet</source>
        <translation>Byari bitegerejwe ku wa %1: ntibirakirwa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected by %1: not all received yet</source>
        <translation>Byari bitegerejwe ku wa %1: ntibyose byakiriwe</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The shift ended on %1: mark it completed</source>
        <translation>Igihe cy’akazi cyarangiye ku wa %1: shyiraho ko cyarangiye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift ended on %1 and was never started: mark it completed or missed</source>
        <translation>Igihe cy’akazi cyarangiye ku wa %1 kitigeze gitangira: shyiraho ko cyarangiye cyangwa ko kitakozwe</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, a draft</source>
        <translation>%1, umushinga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, awaiting approval</source>
        <translation>%1, itegereje kwemezwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expected %2</source>
        <translation>%1, itegerejwe ku wa %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on order (%2)</source>
        <translation>%1 byatumijwe (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Held by %1, whose login is deactivated: recover it</source>
        <translation>Gifitwe na %1, konti ye yahagaritswe: kigomba kugarurwa</translation>
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
        <translation>Birasabwa</translation>
    </message>
    <message>
        <location filename="../gui/records/record_form.py" line="+6"/>
        <source>Needed to submit it; it may be saved without it until then</source>
        <translation>Birakenewe kugira ngo ryoherezwe; rishobora kubikwa bitarimo kugeza icyo gihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed to approve it: without it, no budget can carry it</source>
        <translation>Birakenewe kugira ngo yemezwe: bitabayeho, nta ngengo y’imari yayishyigikira</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filled in when IT makes this employee&apos;s login</source>
        <translation>Byuzuzwa igihe IT ikoreye uyu mukozi konti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given when saved</source>
        <translation>Bitangwa iyo bibitswe</translation>
    </message>
    <message>
        <location filename="../gui/records/field_tips.py" line="+16"/>
        <source>Expected while the deal is open; the day it was won or lost once it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message numerus="yes">
        <location filename="../gui/records/summary_line.py" line="+29"/>
        <source>%n payslip(s) · gross pay %2 · net pay %3</source>
        <translation>
            <numerusform>Impapuro z’imishahara %n · umushahara mbumbe %2 · umushahara usigara %3</numerusform>
            <numerusform>Impapuro z’imishahara %n · umushahara mbumbe %2 · umushahara usigara %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../gui/workflows/leave.py" line="+30"/>
        <source>Request leave for yourself (Ctrl+N)</source>
        <translation>Saba ikiruhuko cyawe (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/records/window_layout.py" line="+76"/>
        <source>&amp;New</source>
        <translation>Nsh&amp;ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new, empty %1 (Ctrl+N)</source>
        <translation>Inyandiko nshya irimo ubusa: %1 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Bika</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/records/window_running.py" line="+131"/>
        <source>Save (Ctrl+S)</source>
        <translation>Bika (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Siba…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this %1 (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)</source>
        <translation>Capa iyi nyandiko (%1) (Ctrl+P) cyangwa uyibike nka PDF (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print this form (Ctrl+P) or save it as a PDF (Ctrl+Shift+P)</source>
        <translation>Capa iyi fishi (Ctrl+P) cyangwa uyibike nka PDF (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Capa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as P&amp;DF…</source>
        <translation>Bika nka P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Vamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Vamo (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/records/record_saving.py" line="+101"/>
        <source>Nothing was saved: correct the fields marked below.</source>
        <translation>Nta cyabitswe: kosora imyanya yerekanywe hepfo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no changes to save.</source>
        <translation>Nta mpinduka zo kubika zihari.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+60"/>
        <source>Saving…</source>
        <translation>Kubika…</translation>
    </message>
    <message>
        <location filename="../gui/records/record_loading.py" line="+32"/>
        <location filename="../gui/unanswered.py" line="-6"/>
        <source>Loading…</source>
        <translation>Biratangira…</translation>
    </message>
    <message>
        <location filename="../gui/records/record_saving.py" line="+89"/>
        <source>Saved.</source>
        <translation>Byabitswe.</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+199"/>
        <source>Nothing was saved: correct the field marked below.</source>
        <translation>Nta cyabitswe: kosora umwanya werekanywe hepfo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Their version is shown; your changes were set aside.</source>
        <translation>Verisiyo yabo ni yo yerekanwa; impinduka zawe zashyizwe ku ruhande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: someone else changed this %1. Your values are still here.</source>
        <translation>Ntibyabitswe: undi muntu yahinduye iyi nyandiko (%1). Indangagaciro zawe ziracyari hano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you typed is still shown.</source>
        <translation>Ibyo wanditse biracyagaragara.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep what you typed as a new %1?</source>
        <translation>Kubika ibyo wanditse nka %1 nshya?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved yet: check the values, then Save.</source>
        <translation>Ntibirabikwa: genzura indangagaciro, hanyuma ukande Bika.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>Gusiba %1 “%2”? Ntibishobora gusubizwaho.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Gusiba %1? Ntibishobora gusubizwaho.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deleting…</source>
        <translation>Birasibwa…</translation>
    </message>
    <message>
        <location filename="../gui/records/window_closing.py" line="+61"/>
        <source>the new %1</source>
        <translation>%1 nshya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the changes to %1?</source>
        <translation>Kubika impinduka kuri %1?</translation>
    </message>
    <message>
        <location filename="../gui/unanswered.py" line="-7"/>
        <source>%1 (no answer from the server yet)</source>
        <translation>%1 (seriveri ntirasubiza)</translation>
    </message>
    <message>
        <location filename="../gui/records/panels.py" line="+32"/>
        <source>The case&apos;s papers by type and date (a demand letter, a court filing), each with where it is kept; attach files themselves under Documents</source>
        <translation>Impapuro za dosiye ukurikije ubwoko n’itariki (ibaruwa yo kwishyuza, ikirego mu rukiko), buri rumwe n’aho rubitse; imigereka ubwayo yishyire muri Inyandiko</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files attached to this record (scans, letters, photos); list the case&apos;s papers by type under Case documents</source>
        <translation>Imigereka iri kuri iyi nyandiko (amascan, amabaruwa, amafoto); andika impapuro za dosiye ukurikije ubwoko muri Impapuro za dosiye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files attached to this record</source>
        <translation>Imigereka iri kuri iyi nyandiko</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Documents</source>
        <translation>Imigereka</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>Amateka</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="-120"/>
        <source>You can read this %1; your role cannot change it.</source>
        <translation>Ushobora gusoma iyi nyandiko (%1); inshingano zawe ntizikwemerera kuyihindura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields marked * are required.</source>
        <translation>Imyanya iriho * irasabwa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This %1 is %2: you can no longer change it.</source>
        <translation>Iyi nyandiko (%1) iri ku rwego “%2”: ntushobora kongera kuyihindura.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This %1 is %2: it can no longer be changed.</source>
        <translation>Iyi nyandiko (%1) iri ku rwego “%2”: ntishobora kongera guhindurwa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expenses are charged to it: %1 can no longer change.</source>
        <translation>Hari ikoreshwa ry’amafaranga ryabaruwe hano: %1 ntibishobora kongera guhinduka.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This opportunity is on hold: resume it to change its stage.</source>
        <translation>Aya mahirwe y’isoko arahagaritswe: yakomeze kugira ngo uhindure icyiciro cyayo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This policy is approved: start a review to change it.</source>
        <translation>Iyi politiki yemejwe: tangiza isuzuma kugira ngo uyihindure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This policy is in force: start a review to change it.</source>
        <translation>Iyi politiki irakurikizwa: tangiza isuzuma kugira ngo uyihindure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This review is shared with the employee: take it back to draft to change %1.</source>
        <translation>Iri suzuma ryasangijwe umukozi: risubize mu mbanzirizamushinga kugira ngo uhindure %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This job posting is closed to applications: reopen it to change its closing date.</source>
        <translation>Iri tangazo ry’akazi ntirikiakira abasaba: ongera urifungure kugira ngo uhindure itariki yo gufunga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This incident is resolved: reopen it to change the actions taken.</source>
        <translation>Iki kibazo cyakemuwe: ongera ugifungure kugira ngo uhindure ingamba zafashwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is recovered: reopen it to change %1.</source>
        <translation>Iyi dosiye yishyuwe: ongera uyifungure kugira ngo uhindure %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is written off: reopen it to change %1.</source>
        <translation>Iyi dosiye yemewe nk’igihombo: ongera uyifungure kugira ngo uhindure %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This audit is completed: reopen it to change its findings.</source>
        <translation>Iri genzura ryarangiye: ongera urifungure kugira ngo uhindure ibyagaragaye.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These can no longer change: %1.</source>
        <translation>Ibi ntibigishobora guhinduka: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This %3 is %2: %1 can no longer change.</source>
        <translation>Iyi fishi (%3) iri mu cyiciro “%2”: %1 ntigishobora guhinduka.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This %3 is %2: %1 can no longer change.</source>
        <comment>several fields</comment>
        <translation>Iyi fishi (%3) iri mu cyiciro “%2”: %1 ntibishobora guhinduka.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this feedback</source>
        <translation>ibi bitekerezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this performance review</source>
        <translation>iri suzuma ry’imikorere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this patrol log</source>
        <translation>iyi raporo y’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this training enrollment</source>
        <translation>uku kwiyandikisha mu mahugurwa</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>this %1</source>
        <translation>iyi nyandiko (%1)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>%1 and %2</source>
        <comment>the last two of a list, the last starting with a vowel</comment>
        <translation>%1 n’%2</translation>
    </message>
    <message>
        <location filename="schema_words.py" line="-58"/>
        <source>New employee</source>
        <translation>Umukozi mushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New leave request</source>
        <translation>Ubusabe bushya bw’ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New public holiday</source>
        <translation>Umunsi mushya w’ikiruhuko rusange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New attendance record</source>
        <translation>Inyandiko nshya y’ukwitabira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payslip</source>
        <translation>Urupapuro rushya rw’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pay period</source>
        <translation>Igihe gishya cy’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New performance review</source>
        <translation>Isuzuma rishya ry’imikorere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New job posting</source>
        <translation>Itangazo rishya ry’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New candidate</source>
        <translation>Umukandida mushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New training program</source>
        <translation>Gahunda nshya y’amahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New training enrollment</source>
        <translation>Kwiyandikisha gushya mu mahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New transaction</source>
        <translation>Igikorwa gishya cy’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Konti nshya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New budget</source>
        <translation>Ingengo nshya y’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New expense</source>
        <translation>Ikoreshwa rishya ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New invoice</source>
        <translation>Fagitire nshya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New invoice line</source>
        <translation>Umurongo mushya wa fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New IT ticket</source>
        <translation>Ubusabe bushya muri IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New IT asset</source>
        <translation>Igikoresho gishya cy’ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New monitoring reading</source>
        <translation>Igipimo gishya cyo gukurikirana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New incident</source>
        <translation>Icyabaye gishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assignment</source>
        <translation>Inshingano nshya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New guard</source>
        <translation>Ushinzwe umutekano mushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patrol route</source>
        <translation>Inzira nshya y’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New patrol log</source>
        <translation>Raporo nshya y’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item</source>
        <translation>Igicuruzwa gishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stock movement</source>
        <translation>Iyimuka rishya ry’ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New purchase order</source>
        <translation>Urupapuro rushya rwo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order line</source>
        <translation>Umurongo mushya w’itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order approval</source>
        <translation>Icyemezo gishya cy’itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New supplier</source>
        <translation>Utanga ibicuruzwa mushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client</source>
        <translation>Umukiriya mushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contract</source>
        <translation>Amasezerano mashya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New support ticket</source>
        <translation>Ubusabe bushya bw’ubufasha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lead</source>
        <translation>Umukiriya mushya ushoboka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New opportunity</source>
        <translation>Amahirwe mashya y’isoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign</source>
        <translation>Ubukangurambaga bushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New feedback</source>
        <translation>Ibitekerezo bishya by’abakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New survey</source>
        <translation>Ubushakashatsi bushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New risk assessment</source>
        <translation>Isesengura rishya ry’ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New risk incident</source>
        <translation>Icyago gishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery case</source>
        <translation>Dosiye nshya yo kugaruza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case document</source>
        <translation>Inyandiko nshya ya dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New policy</source>
        <translation>Politiki nshya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New audit</source>
        <translation>Igenzura rishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user</source>
        <translation>Umukoresha mushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New department</source>
        <translation>Ishami rishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system setting</source>
        <translation>Igenamiterere rishya rya sisitemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New audit log entry</source>
        <translation>Icyanditswe gishya mu gitabo cy’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New document</source>
        <translation>Inyandiko nshya</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="+40"/>
        <source>the complaint of %1</source>
        <translation>inyandiko y’ikirego cya %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compliment of %1</source>
        <translation>inyandiko y’ishimwe rya %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suggestion of %1</source>
        <translation>inyandiko y’igitekerezo cya %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service review of %1</source>
        <translation>inyandiko y’isuzuma rya serivisi rya %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the complaint dated %1</source>
        <translation>inyandiko y’ikirego cyo ku wa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compliment dated %1</source>
        <translation>inyandiko y’ishimwe ryo ku wa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suggestion dated %1</source>
        <translation>inyandiko y’igitekerezo cyo ku wa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service review dated %1</source>
        <translation>inyandiko y’isuzuma rya serivisi ryo ku wa %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the shift of %1 at %2 (%3)</source>
        <translation>igihe cy’akazi cya %1 i %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shift at %1 (%2)</source>
        <translation>igihe cy’akazi i %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/records/held_fields.py" line="+202"/>
        <source>DICEL reads this setting by its key: the key is fixed, and the setting cannot be deleted. Change its value instead.</source>
        <translation>DICEL isoma iri genamiterere ikoresheje urufunguzo rwaryo: urufunguzo ntiruhinduka, kandi igenamiterere ntirishobora gusibwa. Ahubwo hindura agaciro karyo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A setting&apos;s key is fixed once made. No part of DICEL reads this one: it may be deleted once it is no longer needed.</source>
        <translation>Urufunguzo rw’igenamiterere ntiruhinduka rumaze gushyirwaho. Nta gice cya DICEL gisoma iri: rishobora gusibwa igihe ritagikenewe.</translation>
    </message>
    <message>
        <location filename="../domain/setting_keys.py" line="+110"/>
        <source>The company&apos;s name at the top of every printed page and document.</source>
        <translation>Izina ry’ikigo riri hejuru ya buri paji n’inyandiko bicapwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s address on invoices, payslips and printed documents.</source>
        <translation>Aderesi y’ikigo iri kuri fagitire, ku mpapuro z’umushahara no ku nyandiko zicapwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s taxpayer number (TIN), printed on its invoices.</source>
        <translation>Nomero y’umusoreshwa y’ikigo (TIN), icapwa kuri fagitire zacyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s telephone number on printed documents.</source>
        <translation>Nomero ya telefoni y’ikigo iri ku nyandiko zicapwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s e-mail address on printed documents.</source>
        <translation>Aderesi ya imeyili y’ikigo iri ku nyandiko zicapwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate, in percent, of the invoices written after a change; an invoice already written keeps its rate.</source>
        <translation>Igipimo cya TVA, ku ijana, cya fagitire zandikwa nyuma y’impinduka; fagitire yamaze kwandikwa igumana igipimo cyayo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A purchase order above this total (RWF) is approved by finance after the department&apos;s manager.</source>
        <translation>Urupapuro rwo gutumiza rurenze iki giteranyo (RWF) rwemezwa n’Imari nyuma y’umuyobozi w’ishami.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many days before today a leave request may start.</source>
        <translation>Iminsi ingahe mbere y’uyu munsi gusaba ikiruhuko bishobora gutangiriraho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day of the month salaries are paid.</source>
        <translation>Umunsi w’ukwezi imishahara yishyurwaho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PAYE bands of the payroll runs: each band&apos;s upper limit on the monthly gross (RWF) and its rate.</source>
        <translation>Ibyiciro bya PAYE by’imishahara: igipimo cyo hejuru cya buri cyiciro ku mushahara mbumbe w’ukwezi (RWF) n’igipimo cyacyo cy’umusoro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The employee&apos;s RSSB pension share, in percent of the gross pay.</source>
        <translation>Umugabane w’umukozi wa pansiyo ya RSSB, ku ijana ry’umushahara mbumbe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The employee&apos;s RSSB maternity share, in percent of the gross pay.</source>
        <translation>Umugabane w’umukozi w’ikiruhuko cyo kubyara cya RSSB, ku ijana ry’umushahara mbumbe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community-based health insurance (Mutuelle), in percent of the net pay.</source>
        <translation>Ubwisungane mu kwivuza (Mutuelle), ku ijana ry’umushahara usigaye.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transport and housing allowance of the payroll runs, in percent of the basic salary.</source>
        <translation>Amafaranga y’ingendo n’icumbi mu mishahara, ku ijana ry’umushahara fatizo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The largest file an upload takes, in megabytes.</source>
        <translation>Dosiye nini kurusha izindi ishobora kohererezwa, muri megabayiti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DICEL Desktop version this site expects: an older one says at login that it should be updated.</source>
        <translation>Verisiyo ya DICEL Desktop iki kigo gitegereje: iya kera ivuga igihe cyo kwinjira ko ikwiye kuvugururwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where an older DICEL Desktop tells its user to find the installer.</source>
        <translation>Aho DICEL Desktop ya kera ibwira uyikoresha gusanga porogaramu yo kuyishyiraho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people the demo&apos;s login window lists.</source>
        <translation>Abantu idirishya ryo kwinjira rya demo rigaragaza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{leave}: the working days a year each employee may take of it. The balance shown when filing a request is worked out from it.</source>
        <translation>{leave}: iminsi y’akazi ku mwaka buri mukozi ashobora gufata. Iminsi isigaye igaragara mu gusaba ikiruhuko ibarwa hashingiwe kuri yo.</translation>
    </message>
    <message>
        <location filename="../gui/records/held_fields.py" line="+9"/>
        <source>The type (%1) is fixed too: DICEL reads the value as that type.</source>
        <translation>Ubwoko (%1) na bwo ntibuhinduka: DICEL isoma agaciro muri ubwo bwoko.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>“Public” is a mark for the administrators&apos; own use: DICEL does not read it. Only administrators see the settings, and DICEL reads those it uses either way.</source>
        <translation>“Rusange” ni ikimenyetso abayobozi ba sisitemu bikoreshereza: DICEL ntigisoma. Abayobozi ba sisitemu ni bo bonyine babona igenamiterere, kandi DICEL isoma iryo ikoresha uko byagenda kose.</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="-51"/>
        <source>the complaint of %2 from %1</source>
        <translation>inyandiko y’ikirego cya %1 cyo ku wa %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the compliment of %2 from %1</source>
        <translation>inyandiko y’ishimwe rya %1 ryo ku wa %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suggestion of %2 from %1</source>
        <translation>inyandiko y’igitekerezo cya %1 cyo ku wa %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service review of %2 from %1</source>
        <translation>inyandiko y’isuzuma rya serivisi rya %1 ryo ku wa %2</translation>
    </message>
    <message>
        <location filename="../gui/records/held_fields.py" line="-21"/>
        <source>The emergency contact is HR&apos;s, kept on the employee record {number}: it is shown here as HR keeps it. Change it on that record.</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago ni uw’ishami ry’Abakozi, abikwa kuri dosiye y’umukozi {number}: agaragara hano uko ishami ry’Abakozi rimubika. Muhindure kuri iyo dosiye.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This login has no employee record: its emergency contact is kept as it was, and no one changes it here.</source>
        <translation>Iyi konti nta dosiye y’umukozi ifite: uwo guhamagara mu gihe cy’ibyago abikwa uko yari ari, kandi nta muntu umuhindurira hano.</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../gui/editors/reference_picker.py" line="+96"/>
        <location line="+355"/>
        <source>Type to search</source>
        <translation>Andika ushakisha</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Empty this field</source>
        <translation>Siba ibiri muri uyu mwanya</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>No match</source>
        <translation>Nta gihuye</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(not available to you)</source>
        <translation>(ntiwemerewe kubibona)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“{typed}” was not picked from the list, so {label} stays empty.</source>
        <translation>“{typed}” ntiyatoranyijwe ku rutonde, bityo {label} iguma irimo ubusa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{typed}” was not picked from the list, so {label} stays “{name}”.</source>
        <translation>“{typed}” ntiyatoranyijwe ku rutonde, bityo {label} iguma ari “{name}”.</translation>
    </message>
    <message>
        <location filename="../gui/cell_format.py" line="-129"/>
        <location filename="../gui/editors/reference_picker.py" line="+11"/>
        <source>{name} (closed)</source>
        <translation>{name} (yafunzwe)</translation>
    </message>
    <message>
        <location filename="../gui/editors/reference_picker.py" line="+8"/>
        <source>Loading…</source>
        <translation>Biratangira…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The database could not be reached, so no names could be looked up. Check the network connection, then type again.</source>
        <translation>Ububiko bw’amakuru ntibwashoboye kugerwaho, bityo nta mazina yashoboye gushakishwa. Genzura ihuzanzira, hanyuma wongere wandike.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The names could not be looked up because of an unexpected error. Type again to retry; if it happens again, tell IT.</source>
        <translation>Amazina ntiyashoboye gushakishwa kubera ikosa ritunguranye. Ongera wandike ugerageze; nibyongera kubaho, menyesha abashinzwe ikoranabuhanga (IT).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../gui/admin/reset_password_dialog.py" line="+23"/>
        <source>Reset password</source>
        <translation>Gusubiraho ijambo ry’ibanga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new password for %1 (%2). Give it to them yourself: DICEL will not show it again. Sessions they already have open stay open.</source>
        <translation>Ijambo ry’ibanga rishya rya %1 (%2). Urimuhe ubwawe: DICEL ntizongera kurierekana. Amasomo yamaze gufungura akomeza gufunguka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set password</source>
        <translation>&amp;Shyiraho ijambo ry’ibanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Reka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters</source>
        <translation>Nibura inyuguti %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;password:</source>
        <translation>Ijambo ry’i&amp;banga rishya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ongera:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a new password.</source>
        <translation>%1 afite ijambo ry’ibanga rishya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting…</source>
        <translation>Birashyirwaho…</translation>
    </message>
</context>
<context>
    <name>RiskHeatmap</name>
    <message>
        <location filename="../gui/charts/risk_heatmap.py" line="+91"/>
        <location line="+156"/>
        <source>All categories</source>
        <translation>Ibyiciro byose</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not closed</source>
        <translation>Bitarafungwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Uko byaba bihagaze kose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Uko ahagaze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Category:</source>
        <translation>I&amp;cyiciro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>Uko &amp;bihagaze:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The arrow keys choose a cell, Enter opens its assessments.</source>
        <translation>Utwambi duhitamo akazu, Enter ifungura isesengura ryako.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likelihood</source>
        <translation>Amahirwe yo kubaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Ingaruka</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Score (likelihood × impact):</source>
        <translation>Amanota (amahirwe × ingaruka):</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Assessments: {0} ({1}).</source>
        <translation>Isesengura: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n biri hasi</numerusform>
            <numerusform>%n biri hasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n biri hagati</numerusform>
            <numerusform>%n biri hagati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n biri hejuru</numerusform>
            <numerusform>%n biri hejuru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n biteye inkeke</numerusform>
            <numerusform>%n biteye inkeke</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{0} likelihood, {1} impact: {2}</source>
        <translation>Amahirwe {0}, ingaruka {1}: {2}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} likelihood, {1} impact: {2} assessments</source>
        <translation>Amahirwe {0}, ingaruka {1}: isesengura {2}</translation>
    </message>
    <message>
        <location filename="../gui/risk_words.py" line="+18"/>
        <source>Low</source>
        <translation>Biri hasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Biri hagati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Biri hejuru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Biteye inkeke</translation>
    </message>
</context>
<context>
    <name>SettingKeyEditor</name>
    <message>
        <location filename="../gui/editors/setting_key.py" line="+31"/>
        <source>Choose the setting…</source>
        <translation>Hitamo igenamiterere…</translation>
    </message>
</context>
<context>
    <name>SettingValueEditor</name>
    <message>
        <location filename="../gui/editors/setting_value.py" line="+117"/>
        <source>Yes</source>
        <translation>Yego</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the date on a calendar</source>
        <translation>Hitamo itariki kuri kalendari</translation>
    </message>
    <message>
        <location filename="../gui/editors/paye_bands.py" line="+137"/>
        <source>From (RWF)</source>
        <translation>Kuva kuri (RWF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to (RWF)</source>
        <translation>Kugeza kuri (RWF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>Igipimo (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PAYE bands</source>
        <translation>Ibyiciro bya PAYE</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>and above</source>
        <translation>no hejuru yayo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add band</source>
        <translation>Ongeraho icyiciro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove band</source>
        <translation>Kuraho icyiciro</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A new band under the one chosen; the open last band stays last</source>
        <translation>Icyiciro gishya munsi y’icyatoranyijwe; icyiciro cya nyuma kidafite urugero rwo hejuru kiguma ari icya nyuma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the band chosen</source>
        <translation>Kuraho icyiciro cyatoranyijwe</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Band %1&apos;s rate (%2) is lower than band %3&apos;s (%4): PAYE rates usually rise from band to band. Save anyway?</source>
        <translation>Igipimo cy’icyiciro %1 (%2) kiri munsi y’icy’icyiciro %3 (%4): ubusanzwe ibipimo by’umusoro PAYE bizamuka uko ibyiciro bikurikirana. Ubike uko byagenda kose?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>band %1 (%2, after %4 in band %3)</source>
        <comment>one band of several whose rate is lower than the band before it&apos;s</comment>
        <translation>icyiciro %1 (%2, nyuma ya %4 y’icyiciro %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These bands&apos; rates are lower than the band before them: %1. PAYE rates usually rise from band to band. Save anyway?</source>
        <translation>Ibi byiciro bifite igipimo kiri munsi y’icy’icyiciro kibibanziriza: %1. Ubusanzwe ibipimo by’umusoro PAYE bizamuka uko ibyiciro bikurikirana. Ubike uko byagenda kose?</translation>
    </message>
</context>
<context>
    <name>ShapingNotice</name>
    <message>
        <location filename="../gui/records/shaping_notice.py" line="+24"/>
        <source>If you save this change, someone else must approve this expense: whoever changes what it asks for may not approve it.</source>
        <translation>Nubika iyi mpinduka, undi muntu agomba kwemeza iri koreshwa ry’amafaranga: uhindura ibyo risaba ntashobora kuryemeza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you save this change, someone else must approve this purchase order: whoever changes what it asks for may not approve it.</source>
        <translation>Nubika iyi mpinduka, undi muntu agomba kwemeza uru rupapuro rwo gutumiza: uhindura ibyo rusaba ntashobora kurwemeza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If you save this change, someone else must approve this leave request: whoever changes what it asks for may not approve it.</source>
        <translation>Nubika iyi mpinduka, undi muntu agomba kwemeza ubu busabe bw’ikiruhuko: uhindura ibyo busaba ntashobora kubwemeza.</translation>
    </message>
</context>
<context>
    <name>SideList</name>
    <message>
        <location filename="../gui/tabs/side_list.py" line="+153"/>
        <source>%1: pages</source>
        <translation>%1: impapuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrow keys choose the page shown beside</source>
        <translation>Utwambi duhitamo urupapuro rwerekanwa iruhande</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../gui/records/step_bar.py" line="+174"/>
        <source>Save or undo your changes first, then take this step.</source>
        <translation>Banza ubike cyangwa usubize inyuma impinduka zawe, hanyuma ukore iyi ntambwe.</translation>
    </message>
    <message>
        <location filename="../gui/records/titles.py" line="-39"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>StepInfinitive</name>
    <message>
        <location filename="../gui/error_sentences.py" line="+109"/>
        <source>be started</source>
        <translation>gutangizwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be marked completed</source>
        <translation>kwandikwa ko yarangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be marked missed</source>
        <translation>kwandikwa ko itakozwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be aborted</source>
        <translation>guhagarikwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be marked recovered</source>
        <translation>kwandikwa ko yagarujwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>be written off</source>
        <translation>kwemerwa nk’igihombo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>be shared with the employee</source>
        <translation>gusangizwa umukozi</translation>
    </message>
</context>
<context>
    <name>StepLineCounts</name>
    <message numerus="yes">
        <location filename="../gui/step_line_words.py" line="+63"/>
        <source>Prorated on {day}: terminated on {ended}, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation type="unfinished">
            <numerusform>Byagabanyijwe ku wa {day}: yasezerewe ku wa {ended}, yishyuwe iminsi {kept} ku minsi {days} y’ukwezi (mbere: fatizo {basic}, insimburamubyizi {allowances}, usigaye {net}).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Prorated on {day}: suspended, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation type="unfinished">
            <numerusform>Byagabanyijwe ku wa {day}: yahagaritswe by’agateganyo, yishyuwe iminsi {kept} ku minsi {days} y’ukwezi (mbere: fatizo {basic}, insimburamubyizi {allowances}, usigaye {net}).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restored on {day}: reinstated, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation type="unfinished">
            <numerusform>Byasubijweho ku wa {day}: yasubijwe mu kazi, yishyuwe iminsi {kept} ku minsi {days} y’ukwezi (mbere: fatizo {basic}, insimburamubyizi {allowances}, usigaye {net}).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unpaid leave counted on {day}: {unpaid} of {working} working days not paid ({less} RWF off basic).</source>
        <translation type="unfinished">
            <numerusform>Ikiruhuko kidahemberwa ku wa {day}: iminsi {unpaid} ku minsi {working} (fatizo − {less} RWF).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave ({worth} RWF in allowances).</source>
        <translation type="unfinished">
            <numerusform>Ikiruhuko cy’umwaka, byishyuwe ku wa {day}: iminsi {untaken} (Insimburamubyizi + {worth} RWF).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave, final settlement of a termination on {ended} ({worth} RWF in allowances).</source>
        <translation type="unfinished">
            <numerusform>Ikiruhuko cy’umwaka, byishyuwe ku wa {day}: iminsi {untaken}; yasezerewe ku wa {ended} (Insimburamubyizi + {worth} RWF).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked after all ({worth} RWF in allowances).</source>
        <translation type="unfinished">
            <numerusform>Ikiruhuko kidahemberwa, byishyuwe ku wa {day}: iminsi {back} ({first} – {last}) (Insimburamubyizi + {worth} RWF).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <location filename="../gui/editors/tags.py" line="+159"/>
        <source>Type, then Enter</source>
        <translation>Andika, hanyuma Enter</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This list holds at most %1 entries: remove one to add another.</source>
        <translation>Uru rutonde rushobora kugira ibintu %1 gusa: kuramo kimwe kugira ngo wongeremo ikindi.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../gui/editors/text.py" line="-133"/>
        <source>Values in use ({shortcut})</source>
        <translation>Indangagaciro zikoreshwa ({shortcut})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values in use</source>
        <translation>Indangagaciro zikoreshwa</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../gui/theme.py" line="+56"/>
        <source>Follow the &amp;system</source>
        <translation>Kurikiza &amp;sisitemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tandard</source>
        <translation>&amp;Bisanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Itandukaniro &amp;rikabije</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../gui/admin/users_page.py" line="+103"/>
        <source>Users</source>
        <translation>Abakoresha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New user…</source>
        <translation>Umukoresha &amp;mushya…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>Hindura i&amp;nshingano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Su&amp;biraho ijambo ry’ibanga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;e-mail…</source>
        <translation>Hindura im&amp;eri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login e&amp;xpiry…</source>
        <translation>Igihe konti irangi&amp;ra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Hagarika konti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;ctivate</source>
        <translation>Ongera ufungure &amp;konti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new user and their login (Ctrl+N)</source>
        <translation>Umukoresha mushya na konti ye (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your own password: change it with Change my password… in the File menu (it asks for the current one).</source>
        <translation>Ijambo ryawe bwite ry’ibanga: rihindure ukoresheje Hindura ijambo ryanjye ry’ibanga… muri Dosiye (risaba iryo usanganywe).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not on your own account: ask another administrator.</source>
        <translation>Si kuri konti yawe bwite: saba undi muyobozi wa sisitemu.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 can log in again with their previous password.</source>
        <translation>%1 ashobora kongera kwinjira akoresheje ijambo ry’ibanga yakoreshaga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is active again but has no login on this server yet: give them a password with Reset password…</source>
        <translation>%1 yongeye gukora ariko nta konti arabona kuri iyi seriveri: muhe ijambo ry’ibanga ukoresheje Subiraho ijambo ry’ibanga…</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <location filename="../gui/editors/tags.py" line="-166"/>
        <location line="+1"/>
        <source>Remove {tag}</source>
        <translation>Kuraho {tag}</translation>
    </message>
</context>
<context>
    <name>_DaysWords</name>
    <message numerus="yes">
        <location filename="../gui/error_sentences.py" line="+26"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>umunsi %n w’akazi</numerusform>
            <numerusform>iminsi %n y’akazi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>umunsi %n</numerusform>
            <numerusform>iminsi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboards</name>
    <message>
        <location filename="../services/dashboards_staff_and_money.py" line="+36"/>
        <source>Headcount</source>
        <translation>Umubare w’abakozi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On leave today</source>
        <translation>Bari mu kiruhuko uyu munsi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave requests pending</source>
        <translation>Ubusabe bw’ibiruhuko butegereje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance this month</source>
        <translation>Kwitabira akazi uku kwezi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attendance this month by status</source>
        <translation>Kwitabira akazi uku kwezi hakurikijwe uko bihagaze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance records</source>
        <translation>Ibyanditswe byo kwitabira akazi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash in RWF accounts</source>
        <translation>Amafaranga ari kuri konti za RWF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still owed on RWF invoices</source>
        <translation>Ibisigaye kwishyurwa kuri fagitire za RWF</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices past due</source>
        <translation>Fagitire zarengeje itariki ntarengwa</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Budget used this year</source>
        <translation>Ingengo y’imari yakoreshejwe uyu mwaka</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Balance by RWF account</source>
        <translation>Amafaranga ari kuri buri konti ya RWF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance</source>
        <translation>Amafaranga asigaye</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="+42"/>
        <source>Open tickets</source>
        <translation>Ubusabe butarakemurwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open tickets, high or critical</source>
        <translation>Ubusabe butarakemurwa, bwihutirwa cyangwa bukomeye cyane</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assets due for maintenance</source>
        <translation>Ibikoresho bigeze igihe cyo gusanwa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assets out of warranty</source>
        <translation>Ibikoresho byarengeje igihe cya garanti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open tickets by priority</source>
        <translation>Ubusabe butarakemurwa hakurikijwe uko bwihutirwa</translation>
    </message>
    <message>
        <location filename="../services/dashboards_customers.py" line="+86"/>
        <location filename="../services/dashboards_operations.py" line="+7"/>
        <source>Tickets</source>
        <translation>Ubusabe</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="+9"/>
        <source>Incidents this month</source>
        <translation>Ibyabaye uku kwezi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents open</source>
        <translation>Ibyabaye bitarakemurwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patrols completed this month</source>
        <translation>Amarondo yarangiye uku kwezi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guard licences expired</source>
        <translation>Impushya z’abashinzwe umutekano zarangiye</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guard licences expiring in 30 days</source>
        <translation>Impushya z’abashinzwe umutekano zirangira mu minsi 30</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Incidents this month by severity</source>
        <translation>Ibyabaye uku kwezi hakurikijwe uburemere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents</source>
        <translation>Ibyabaye</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items below minimum</source>
        <translation>Ibicuruzwa biri munsi y’ingano ntoya</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase orders open</source>
        <translation>Impapuro zo gutumiza zitararangira</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open purchase orders by status</source>
        <translation>Impapuro zo gutumiza zitararangira hakurikijwe uko zihagaze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase orders</source>
        <translation>Impapuro zo gutumiza</translation>
    </message>
    <message>
        <location filename="../services/dashboards_customers.py" line="-39"/>
        <source>Contracts active past their end date</source>
        <translation>Amasezerano akora nyuma y’itariki yo kurangira</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contracts in force</source>
        <translation>Amasezerano akurikizwa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Client tickets open</source>
        <translation>Ubusabe bw’abakiriya butarakemurwa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open client tickets by priority</source>
        <translation>Ubusabe bw’abakiriya butarakemurwa hakurikijwe uko bwihutirwa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pipeline value</source>
        <translation>Agaciro k’amahirwe y’isoko</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted pipeline</source>
        <translation>Agaciro k’amahirwe y’isoko gapimwe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opportunities open</source>
        <translation>Amahirwe y’isoko atararangira</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted pipeline by stage</source>
        <translation>Agaciro k’amahirwe y’isoko gapimwe hakurikijwe icyiciro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weighted value</source>
        <translation>Agaciro gapimwe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average rating, last 90 days</source>
        <translation>Amanota y’impuzandengo, iminsi 90 ishize</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaints open</source>
        <translation>Ibirego bitarakemurwa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Average rating by month</source>
        <translation>Amanota y’impuzandengo buri kwezi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Average rating</source>
        <translation>Amanota y’impuzandengo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no ratings in these 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="+42"/>
        <source>Assessments open</source>
        <translation>Isesengura ritararangira</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open assessments scored critical ({critical}+)</source>
        <translation>Isesengura ritararangira rifite amanota akomeye cyane ({critical}+)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open assessments by score band</source>
        <translation>Isesengura ritararangira hakurikijwe urwego rw’amanota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assessments</source>
        <translation>Isesengura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cases open</source>
        <translation>Dosiye zitararangira</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount involved in open cases</source>
        <translation>Amafaranga ari muri dosiye zitararangira</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount involved in cases marked recovered</source>
        <translation>Amafaranga ari muri dosiye zanditswe ko zagarujwe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Amount involved</source>
        <translation>Amafaranga arimo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Policies overdue for review</source>
        <translation>Politiki zarengeje igihe cyo gusubirwamo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies due for review within 30 days</source>
        <translation>Politiki zigomba gusubirwamo mu minsi 30</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1: no changes in these 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../services/dashboards.py" line="+104"/>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="-114"/>
        <source>Amount involved by case status</source>
        <translation>Amafaranga arimo hakurikijwe uko dosiye ihagaze</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="-158"/>
        <source>Assets with no maintenance date: %1</source>
        <translation>Ibikoresho bidafite itariki yo gusana: %1</translation>
    </message>
    <message>
        <location filename="../services/dashboards_customers.py" line="-143"/>
        <source>Contracts ending in 30 days</source>
        <translation>Amasezerano arangira mu minsi 30</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="+38"/>
        <source>Audits scheduled or in progress</source>
        <translation>Igenzura riteganyijwe cyangwa rikorwa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audits by status</source>
        <translation>Igenzura hakurikijwe uko rihagaze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audits</source>
        <translation>Igenzura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People who logged in today</source>
        <translation>Abinjiye uyu munsi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active accounts</source>
        <translation>Konti zikora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System checks failed or not answering, last 30 days</source>
        <translation>Igenzura rya sisitemu ryananiranye cyangwa ritasubije, iminsi 30 ishize</translation>
    </message>
    <message>
        <location filename="../services/dashboards.py" line="-12"/>
        <source>My department&apos;s budget used this year</source>
        <translation>Ingengo y’imari y’ishami ryanjye yakoreshejwe uyu mwaka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My department&apos;s budget this year</source>
        <translation>Ingengo y’imari y’ishami ryanjye uyu mwaka</translation>
    </message>
    <message>
        <location filename="../services/dashboards_operations.py" line="+128"/>
        <source>Value still to arrive on open orders</source>
        <translation>Agaciro k’ibitaraza ku byatumijwe bitararangira</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Orders past expected delivery</source>
        <translation>Ibyatumijwe byarengeje igihe byari bitegerejweho</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Shifts over, not closed</source>
        <translation>Ibihe by’akazi byarangiye bitarafungwa</translation>
    </message>
    <message>
        <location filename="../services/dashboards_staff_and_money.py" line="-34"/>
        <source>Pay periods approved, not yet paid</source>
        <translation>Ibihe by’umushahara byemejwe, bitarishyurwa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expenses approved, not yet paid</source>
        <translation>Ikoreshwa ry’amafaranga ryemejwe, ritarishyurwa</translation>
    </message>
    <message>
        <location filename="../services/dashboards_oversight.py" line="-91"/>
        <source>Amount recovered in cases marked recovered</source>
        <translation>Amafaranga yagarujwe muri dosiye zanditswe ko zagarujwe</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Records created, changed or deleted today</source>
        <translation>Ibyanditswe byongewe, byahinduwe cyangwa byasibwe uyu munsi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Records created, changed or deleted, last 14 days</source>
        <translation>Ibyanditswe byongewe, byahinduwe cyangwa byasibwe, iminsi 14 ishize</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records</source>
        <translation>Ibyanditswe</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/error_sentences.py" line="+215"/>
        <source>Nothing was changed.</source>
        <translation>Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/refusals.py" line="+15"/>
        <source>Something went wrong.</source>
        <translation>Hari ikitagenze neza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is not acceptable.</source>
        <translation>Hari agaciro kitemewe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you asked for does not exist (any more).</source>
        <translation>Ibyo wasabye ntibibaho (cyangwa ntibikibaho).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clashes with what is already in the database.</source>
        <translation>Ibi bivuguruzanya n’ibisanzwe mu bubiko bw’amakuru.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+15"/>
        <source>The e-mail or password is incorrect.</source>
        <translation>Imeri cyangwa ijambo ry’ibanga si byo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the database server {host}:{port}. Check the network connection and the server name; if it persists, tell IT.</source>
        <translation>Seriveri y’ububiko bw’amakuru {host}:{port} ntigerwaho. Genzura ihuzanzira n’izina rya seriveri; nibikomeza, menyesha abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server {host} has no database named {dbname}. Check the site profile, or tell IT.</source>
        <translation>Seriveri {host} nta bubiko bw’amakuru bwitwa {dbname} ifite. Genzura umwirondoro w’ikigo, cyangwa umenyeshe abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server {host} refused the connection. Tell IT; the server said: {detail}</source>
        <translation>Seriveri y’ububiko bw’amakuru {host} yanze ihuza. Menyesha abashinzwe ikoranabuhanga (IT); seriveri yavuze: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server {host} asked for the password in a way that would expose it (not SCRAM-SHA-256), so DICEL did not send it. Tell IT.</source>
        <translation>Seriveri {host} yasabye ijambo ry’ibanga mu buryo bwari kurishyira ahagaragara (atari SCRAM-SHA-256), bityo DICEL ntiyaryohereje. Menyesha abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account {email} is a database account but not a DICEL user. Log in with your own DICEL account.</source>
        <translation>Konti {email} ni konti y’ububiko bw’amakuru ariko si umukoresha wa DICEL. Injira ukoresheje konti yawe bwite ya DICEL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company database is at version {database_revision}, older than this DICEL Desktop ({client_revision}). Ask IT to upgrade the database (dicel-admin migrate).</source>
        <translation>Ububiko bw’amakuru bw’ikigo buri kuri verisiyo {database_revision}, ishaje kurusha iyi DICEL Desktop ({client_revision}). Saba abashinzwe ikoranabuhanga (IT) kuvugurura ububiko bw’amakuru (dicel-admin migrate).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company database is at version {database_revision}, newer than this DICEL Desktop ({client_revision}). Install the current DICEL Desktop.</source>
        <translation>Ububiko bw’amakuru bw’ikigo buri kuri verisiyo {database_revision}, nshya kurusha iyi DICEL Desktop ({client_revision}). Shyiraho DICEL Desktop igezweho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are not allowed to do this: {action}.</source>
        <translation>Ntiwemerewe gukora ibi: {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” si aderesi ya imeri yemewe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address {email} is {length} bytes long; DICEL logins allow at most {limit}. Use a shorter address.</source>
        <translation>Aderesi ya imeri {email} ifite bayiti {length}; konti za DICEL zemera nibura ntarengwa {limit}. Koresha aderesi ngufi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {field} must not be empty.</source>
        <translation>{field} ntigomba kuba irimo ubusa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{role}” is not a DICEL role. Choose one of: {allowed}.</source>
        <translation>“{role}” si inshingano ya DICEL. Hitamo imwe muri izi: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no department with the code “{code}”.</source>
        <translation>Nta shami rifite kode “{code}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The department codes are: {codes}.</source>
        <translation>Kode z’amashami ni: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has no departments yet: leave out --department for now (the first administrator needs none), then add the departments in DICEL Desktop (Administration › Departments).</source>
        <translation>Ububiko bw’amakuru nta mashami burabamo: ubu ntushyiremo --department (umuyobozi wa mbere ntayakenera), hanyuma wongere amashami muri DICEL Desktop (Ubuyobozi › Amashami).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must be at least {min_length} characters long.</source>
        <translation>Ijambo ry’ibanga rigomba kugira nibura inyuguti {min_length}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password cannot contain a NUL character.</source>
        <translation>Ijambo ry’ibanga ntirishobora kugira inyuguti ya NUL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password reached the database unprotected and was refused. This is a programming error: passwords must be sent as SCRAM-SHA-256 verifiers.</source>
        <translation>Ijambo ry’ibanga ryageze mu bubiko bw’amakuru ridarinzwe maze riranga. Iri ni ikosa ry’ikorwa rya porogaramu: amagambo y’ibanga agomba koherezwa nk’ibigenzura bya SCRAM-SHA-256.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A DICEL user or database account named {email} already exists.</source>
        <translation>Hasanzwe hariho umukoresha wa DICEL cyangwa konti y’ububiko bw’amakuru yitwa {email}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database account named {email} already exists but is not a DICEL user; ask IT to rename or remove it.</source>
        <translation>Hasanzwe hariho konti y’ububiko bw’amakuru yitwa {email} ariko si umukoresha wa DICEL; saba abashinzwe ikoranabuhanga (IT) kuyihindurira izina cyangwa kuyikuraho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no DICEL user with the e-mail {email}.</source>
        <translation>Nta mukoresha wa DICEL ufite imeri {email}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employee number {employee_number} already belongs to another user.</source>
        <translation>Nomero y’umukozi {employee_number} isanzwe ari iy’undi mukoresha.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You cannot {action} your own account while logged in with it; ask another administrator.</source>
        <translation>Ntushobora {action} konti yawe bwite mu gihe uyinjiyemo; saba undi muyobozi wa sisitemu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database account {email} is not a DICEL login, so DICEL will not change it.</source>
        <translation>Konti y’ububiko bw’amakuru {email} si konti ya DICEL, bityo DICEL ntizayihindura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same.</source>
        <translation>Amagambo y’ibanga yombi ntabwo ari amwe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given.</source>
        <translation>Nta jambo ry’ibanga ryatanzwe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database account {email} was given its role outside DICEL, so DICEL cannot move it to another role. Ask IT to correct the account&apos;s roles, then try again.</source>
        <translation>Konti y’ububiko bw’amakuru {email} yahawe inshingano zayo hanze ya DICEL, bityo DICEL ntishobora kuyiha indi nshingano. Saba abashinzwe ikoranabuhanga (IT) gukosora inshingano za konti, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{email} is the company&apos;s last administrator whose login never expires, so they keep that role and stay active, and their login gets no expiry. Make someone else an administrator first, or remove another administrator&apos;s login expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an administrator may end the employment of {name}, who administers DICEL.</source>
        <translation>Umuyobozi wa sisitemu wenyine ni we ushobora gusezerera {name}, uyobora DICEL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may change the employment status or termination date of {name}, who administers DICEL.</source>
        <translation>Umuyobozi wa sisitemu wenyine ni we ushobora guhindura uko {name} ahagaze mu kazi cyangwa itariki y’isozwa ry’akazi ke, kuko ayobora DICEL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an administrator may change the pay or placement of {name}, who administers DICEL.</source>
        <translation>Umuyobozi wa sisitemu wenyine ni we ushobora guhindura umushahara cyangwa umwanya wa {name}, kuko ayobora DICEL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may record or change the attendance of {name}, who administers DICEL.</source>
        <translation>Umuyobozi wa sisitemu wenyine ni we ushobora kwandika cyangwa guhindura ukwitabira kwa {name}, uyobora DICEL.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{email} is the login of employee {employee}, who has left the company: it stays inactive. Someone who comes back is hired again as a new employee.</source>
        <translation>{email} ni konti y’umukozi {employee}, wavuye mu kigo: iguma ifunze. Ugarutse ahabwa akazi bundi bushya nk’umukozi mushya.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A login&apos;s expiry must be after now. To stop {email} logging in now, deactivate the user instead. Nothing was changed.</source>
        <translation>Igihe konti irangirira kigomba kuba nyuma y’ubu. Kugira ngo {email} atinjira guhera ubu, hagarika umukoresha aho. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your current password is not the one typed. Type the password you logged in with.</source>
        <translation>Ijambo ry’ibanga ukoresha ubu si iryo wanditse. Andika ijambo ry’ibanga winjiranye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} does not fit the setting&apos;s type: a number is written like 18 or 0.3, a yes/no setting true or false, a date like 2026-01-31, JSON as valid JSON.</source>
        <translation>{label} ntihuye n’ubwoko bw’igenamiterere: umubare wandikwa nka 18 cyangwa 0.3, igenamiterere rya yego/oya nka true cyangwa false, itariki nka 2026-01-31, JSON nka JSON yemewe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+15"/>
        <source>{record} was changed by someone else while you were editing it. Compare the changes, then keep yours or take theirs.</source>
        <translation>{record} yahinduwe n’undi muntu mu gihe wayihinduraga. Gereranya impinduka, hanyuma ugumane izawe cyangwa ufate ize.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{record} was changed by {who} at {when} while you were editing it. Compare the changes, then keep yours or take theirs.</source>
        <translation>{record} yahinduwe na {who} saa {when} mu gihe wayihinduraga. Gereranya impinduka, hanyuma ugumane izawe cyangwa ufate ize.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} no longer exists: someone deleted it, or it is no longer yours to see.</source>
        <translation>Iyi nyandiko ({record}) ntikiriho: hari uwayisibye, cyangwa ntukemerewe kuyibona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no {record} “{key}”.</source>
        <translation>Nta {record} “{key}” ihari.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+15"/>
        <source>Already {state} by {who} at {when}.</source>
        <translation>Byamaze kuba {state} na {who} saa {when}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {deciders} may decide this {record}.</source>
        <translation>{deciders} ni bo bonyine bashobora gufata icyemezo kuri iyi nyandiko ({record}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot decide your own {record}; someone else must.</source>
        <translation>Ntushobora gufata icyemezo ku nyandiko yawe bwite ({record}); bigomba gukorwa n’undi muntu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed this {record}: someone else must approve it.</source>
        <translation>Wahinduye iyi nyandiko ({record}): undi muntu agomba kuyemeza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} changed this {record} at {when}, after you opened it. Look at it again before deciding.</source>
        <translation>{who} yahinduye iyi nyandiko ({record}) saa {when}, umaze kuyifungura. Yongere uyirebe mbere yo gufata icyemezo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} was changed at {when}, after you opened it. Look at it again before deciding.</source>
        <translation>Iyi nyandiko ({record}) yahinduwe saa {when}, umaze kuyifungura. Yongere uyirebe mbere yo gufata icyemezo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot set your own pay or review yourself; someone else must.</source>
        <translation>Ntushobora kwigenera umushahara cyangwa kwisuzuma ubwawe; bigomba gukorwa n’undi muntu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot change your own supervisor, department or position: they decide who approves your requests. Someone else in HR must.</source>
        <translation>Ntushobora guhindura umuyobozi wawe, ishami ryawe cyangwa umwanya wawe: ni byo bigena uwemeza ibyo usaba. Undi muntu wo mu Bakozi abikore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text is {length} characters long: say it in at most {most}. A longer account belongs in a file attached to the record.</source>
        <translation>Iyi nyandiko ifite inyuguti {length}: bivuge mu nyuguti {most} gusa. Ibisobanuro birebire bijya mu mugereka w’inyandiko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{line}” is a line its step wrote: it is not typed in, changed or removed by hand. Put it back as it was, and write your own note on a line that does not start that way.</source>
        <translation>“{line}” ni umurongo wanditswe n’intambwe yawo: ntiwandikwa, ntuhindurwa kandi ntukurwaho n’intoki. Usubize uko wari uri, maze wandike icyitonderwa cyawe ku murongo udatangira utyo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This text is {length} characters long: it may hold at most {most}. A longer account belongs in a file attached to the record.</source>
        <translation>Iyi nyandiko ifite inyuguti {length}: ntishobora kurenza {most}. Ibisobanuro birebire bishyirwa mu idosiye yometswe ku nyandiko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This text is {length} characters long: it may hold at most {most}. Shorten it; nothing was saved.</source>
        <translation>Iyi nyandiko ifite inyuguti {length}: ntishobora kurenza {most}. Yigabanye; nta cyabitswe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This list has {items} items: it may hold at most {most}. Remove some; nothing was saved.</source>
        <translation>Uru rutonde rufite ibintu {items}: ntirushobora kurenza {most}. Kuramo bimwe; nta cyabitswe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item {position} of this list is empty: remove it; nothing was saved.</source>
        <translation>Ikintu cya {position} kuri uru rutonde ni ubusa: gikuremo; nta cyabitswe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text contains a character that changes the direction of the text, which makes it read differently from how it was typed: type it again without it.</source>
        <translation>Iyi nyandiko irimo ikimenyetso gihindura icyerekezo cy’inyandiko, bigatuma isomwa ukundi n’uko yanditswe: yandike bundi bushya utagishyizemo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A leave request stays with the employee it was filed for. Cancel or reject it, and file a new one for the right person.</source>
        <translation>Ubusabe bw’ikiruhuko buguma ku mukozi bwasabiwe. Buhagarike cyangwa ubwange, hanyuma usabe ubundi ku muntu ukwiye.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot record or correct your own attendance: someone else in HR must.</source>
        <translation>Ntushobora kwandika cyangwa gukosora ukwitabira kwawe: bigomba gukorwa n’undi mu bakozi bashinzwe abakozi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You cannot change your own employment; someone else in HR must.</source>
        <translation>Ntushobora guhindura amakuru y’akazi kawe bwite; bigomba gukorwa n’undi mukozi w’ishami ry’abakozi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} is {state}: it can no longer be {action}.</source>
        <translation>Iyi nyandiko ({record}) iri ku rwego “{state}”: ntishobora kongera {action}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These {records} can no longer be added, changed or removed: what they belong to has been decided or sent.</source>
        <translation>Izi nyandiko ({records}) ntizishobora kongera kongerwaho, guhindurwa cyangwa kuvanwaho: ibyo zibarizwamo byafatiwe icyemezo cyangwa byoherejwe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {record} can be {action} only by {deciders}.</source>
        <translation>Iyi nyandiko ({record}) ishobora {action} na {deciders} gusa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} was already {state} at {when}. Reload to see it.</source>
        <translation>Iyi nyandiko ({record}) yari yamaze kuba {state} saa {when}. Ongera ufungure kugira ngo uyibone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whom to assign this {record} to.</source>
        <translation>Hitamo uwo ushinga iyi nyandiko ({record}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person chosen cannot take this {record}: choose someone from {roles}.</source>
        <translation>Umuntu wahisemo ntashobora gushingwa iyi nyandiko ({record}): hitamo umuntu wo muri {roles}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the {name} before this {record} is {state}.</source>
        <translation>Andika {name} mbere y’uko iyi nyandiko ({record}) igera ku rwego “{state}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why this {record} is {action}: the reason is kept with it.</source>
        <translation>Vuga impamvu y’iki gikorwa (“{action}”) kuri {record}: impamvu ibikwa hamwe na yo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the {name} date before this {record} is {action}: a day after today.</source>
        <translation>Tanga itariki ya {name} mbere y’uko iyi {record} {action}: umunsi uri nyuma y’uyu munsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} date must be after today, {day}, for this {record} to be {action}.</source>
        <translation>Itariki ya {name} igomba kuba nyuma y’uyu munsi, {day}, kugira ngo iyi {record} {action}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {name} date must be no later than {latest}, {years} years from today.</source>
        <translation>Itariki ya {name} ntigomba kurenga {latest}, ni ukuvuga imyaka {years} uhereye uyu munsi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You changed this {record} on {at}: someone else must decide whether it is {action}.</source>
        <translation>Wahinduye iyi nyandiko ({record}) ku wa {at}: undi muntu ni we ugomba gufata icyemezo niba {action}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You made this {record} {state} on {at}: someone else must decide whether it is {action}.</source>
        <translation>Washyize iyi nyandiko ({record}) mu mimerere “{state}” ku wa {at}: undi muntu ni we ugomba gufata icyemezo niba {action}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This {record} is {action} only as it was shown to you: open it again and take the step from its window.</source>
        <translation>Iyi nyandiko ({record}) {action} uko yakweretswe gusa: ongera uyifungure maze ukore iyo ntambwe uhereye mu idirishya ryayo.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>This {record} cannot be {action} before its {name}, {at}. If that is wrong, correct the {name} first.</source>
        <translation>Iyi nyandiko ({record}) ntishobora {to_action} mbere y’{name}, {at}. Niba ibyo atari byo, banza ukosore {name}.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>There is no incident {number}: give the number of an incident already reported, as the list of security incidents shows it.</source>
        <translation>Nomero y’icyabaye: nta “{number}” ihari.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This {record} is {state}: it can no longer be changed or deleted.</source>
        <translation>Iyi nyandiko ({record}) iri ku rwego “{state}”: ntishobora kongera guhindurwa cyangwa gusibwa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} is {state}: its files can no longer be added, replaced or removed.</source>
        <translation>Iyi nyandiko ({record}) iri ku rwego “{state}”: dosiye zayo ntizishobora kongera kongerwaho, gusimbuzwa cyangwa kuvanwaho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A policy in force changes only through a review: start a review, then change its files.</source>
        <translation>Politiki ikurikizwa ihindurwa gusa binyuze mu isuzuma: tangiza isuzuma, hanyuma uhindure amadosiye yayo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {record} this belongs to is {state}, waiting for its decision: the files of its parts stay as they are until it is decided. Attach the file to the {record} itself, where the one deciding sees it.</source>
        <translation>Ifishi ({record}) ibi biherereyemo iri mu cyiciro “{state}”, itegereje icyemezo: dosiye z’ibice byayo ziguma uko ziri kugeza icyemezo gifashwe. Shyira dosiye ku ifishi ubwayo, aho ufata icyemezo ayibona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are the officer working this case: another recovery officer or an administrator writes it off.</source>
        <translation>Ni wowe ukurikirana iyi dosiye: undi mukozi ushinzwe kugaruza imyenda cyangwa umuyobozi ni we uyemeza nk’igihombo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This {record} is {state}: its files can no longer be replaced or removed. You can still add a new file.</source>
        <translation>Iyi nyandiko ({record}) iri ku rwego “{state}”: dosiye zayo ntizishobora kongera gusimbuzwa cyangwa kuvanwaho. Ushobora ariko kongeraho dosiye nshya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{who} changed this {record} at {when}, after you opened it: it is now {state}. Look at it again: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} assigned this {record} to {assignee} at {when}, after you opened it. Look at it again: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} changed this {record} at {when}, after you opened it. Look at it again: nothing was changed.</source>
        <translation>{who} yahinduye iyi nyandiko ({record}) saa {when}, umaze kuyifungura. Yongere uyirebe. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} was changed at {when}, after you opened it. Look at it again: nothing was changed.</source>
        <translation>Iyi nyandiko ({record}) yahinduwe saa {when}, umaze kuyifungura. Yongere uyirebe. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/leave.py" line="+14"/>
        <source>You have no employee record, so you cannot request leave. Ask HR to link your employee record to your login.</source>
        <translation>Nta dosiye y’umukozi ufite, bityo ntushobora gusaba ikiruhuko. Saba ishami ry’abakozi guhuza dosiye yawe y’umukozi na konti yawe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From {start} to {end} there is no working day (weekends and public holidays do not count). Choose other dates.</source>
        <translation>Kuva ku wa {start} kugeza ku wa {end} nta munsi w’akazi urimo (impera z’icyumweru n’iminsi y’ikiruhuko rusange ntibibarwa). Hitamo andi matariki.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These dates overlap the {other_type} leave of {other_dates}, which is {other_state}. Choose other dates, or cancel that request first.</source>
        <translation>Aya matariki ahura n’{other_kind} cyo ku wa {other_dates}, kiri ku rwego “{other_state}”. Hitamo andi matariki, cyangwa ubanze uhagarike ubwo busabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This request needs {days_words}, but {leave_type} leave has only {remaining_words} left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Ask for fewer days.</source>
        <translation>Ubu busabe bukeneye {days_words}, ariko {leave_kind} cyo mu {year} gisigaranye gusa {remaining_words} ({allowance} ku mwaka: {taken} yafashwe, {pending} itegereje icyemezo). Saba iminsi mike.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This request needs {days_words}, but no day of {leave_type} leave is left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Request another type of leave, or ask HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This request needs {days_words} in {year} (of its {whole_words}), but {leave_type} leave has only {remaining_words} left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Ask for fewer days in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This request needs {days_words} in {year} (of its {whole_words}), but no day of {leave_type} leave is left for {year} ({allowance} a year: {taken} taken, {pending} waiting for a decision). Request another type of leave for those days, or ask HR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approving this request would bring the {leave_type} leave taken in {year} to {total_words}, over the allowance of {allowance} ({taken} already taken). Reject it, or ask for a shorter request.</source>
        <translation>Kwemeza ubu busabe byatuma {leave_kind} cyafashwe mu {year} kigera ku minsi y’akazi {total}, kirenze iminsi igenwe {allowance} ({taken} yamaze gufatwa). Bwange, cyangwa usabe ubusabe bugufi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was not employed yet on {start}: they were hired on {hired}. Leave starts on the hire date at the earliest.</source>
        <translation>{name} yari atarahabwa akazi ku wa {start}: yahawe akazi ku wa {hired}. Ikiruhuko gitangira ku itariki yahereyeho akazi nibura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} leaves the company on {left}: leave ends on that day at the latest, not on {end}.</source>
        <translation>{name} ava mu kigo ku wa {left}: ikiruhuko kirangira kuri uwo munsi bitarenze, si ku wa {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} left the company on {left}: no leave is filed for them any more.</source>
        <translation>{name} yavuye mu kigo ku wa {left}: nta kiruhuko kikimusabirwa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave may start at most {max_days} days before today, so on {earliest} at the earliest. Choose a later start date.</source>
        <translation>Ikiruhuko gishobora gutangira nibura iminsi {max_days} mbere y’uyu munsi, ni ukuvuga ku wa {earliest} nibura. Hitamo itariki yo gutangira iri nyuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This leave started on {start}, so only HR can cancel it now.</source>
        <translation>Iki kiruhuko cyatangiye ku wa {start}, bityo ubu ishami ry’abakozi ni ryo ryonyine rishobora kugihagarika.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only HR can end an approved leave early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your own leave: another HR officer ends it early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new last day of the leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This leave starts on {start}: its new last day is that day at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The days before today ({today}) were taken: the new last day is today at the earliest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This leave ends on {end}: choose an earlier last day. A longer leave is a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {start} to {new_end} there is no working day: cancel the leave instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write why the leave ends early: the note stays with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This request is still waiting for a decision: change its dates, or reject or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the employee themselves or HR can cancel this leave request.</source>
        <translation>Umukozi ubwe cyangwa ishami ry’abakozi ni bo bonyine bashobora guhagarika ubu busabe bw’ikiruhuko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can see the leave balance of yourself and of the people you supervise only.</source>
        <translation>Ushobora kubona gusa iminsi y’ikiruhuko isigaye yawe n’iy’abantu uyobora.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{leave_type}” is not a type of leave. Choose one of: {choices}.</source>
        <translation>“{leave_type}” si ubwoko bw’ikiruhuko. Hitamo kimwe muri ibi: {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave is checked against the latest data, which a REPEATABLE READ transaction cannot see. Run this at READ COMMITTED (the default) or SERIALIZABLE.</source>
        <translation>Ikiruhuko kigenzurwa hakurikijwe amakuru agezweho, ayo igikorwa cya REPEATABLE READ kitabona. Bikore kuri READ COMMITTED (bisanzwe) cyangwa SERIALIZABLE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holidays already past cannot be changed: approved leave was counted with them.</source>
        <translation>Iminsi y’ikiruhuko rusange yamaze guhita ntishobora guhindurwa: ibiruhuko byemejwe byabaruwe hakurikijwe iyo minsi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This holiday is past: its date can no longer change, as approved leave was counted with it; its name can.</source>
        <translation>Uyu munsi w’ikiruhuko rusange warahise: itariki yawo ntishobora guhinduka kuko ibiruhuko byemejwe byabaruwe hakurikijwe uyu munsi; izina ryawo ryo rishobora guhinduka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This holiday is past: it cannot be deleted, as approved leave was counted with it.</source>
        <translation>Uyu munsi w’ikiruhuko rusange warahise: ntushobora gusibwa kuko ibiruhuko byemejwe byabaruwe hakurikijwe uyu munsi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without this holiday, the approved {leave_type} leave of {name} from {start} to {end} would bring their {leave_type} leave in {year} to {total_words}, over that year&apos;s allowance of {allowance}. Cancel or shorten that leave first.</source>
        <translation>Hatabayeho uyu munsi w’ikiruhuko rusange, ikiruhuko ({leave_type}) cyemejwe cya {name} kuva {start} kugeza {end} cyatuma ibiruhuko bye ({leave_type}) bigera ku minsi y’akazi {total}, birenze uburenganzira bwa {allowance}. Banza uhagarike cyangwa ugabanye icyo kiruhuko.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payroll from {start} to {end} has been run and waits for approval: {name}&apos;s payslip there counts unpaid leave by the working days of that month as they were. Cancel that payroll run first, then change the holiday, then run the month again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With this holiday, the {leave_type} leave of {name} from {start} to {end} would have no working day left. A holiday decides nobody&apos;s leave: reject that leave first if it is pending, or cancel it if it was approved, with a note saying why, then add the holiday.</source>
        <translation>Uyu munsi w’ikiruhuko rusange watuma ikiruhuko ({leave_type}) cya {name} kuva {start} kugeza {end} kitagira umunsi w’akazi n’umwe. Umunsi w’ikiruhuko rusange ntufata icyemezo ku kiruhuko cy’umuntu: banza wange icyo kiruhuko niba gitegereje, cyangwa ugihagarike niba cyemejwe, ushyiremo impamvu, hanyuma wongeremo uwo munsi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A holiday&apos;s name is one line of words: it may not hold a line break or another control or invisible character (this one has {character} at character {position}). Type the name again on one line.</source>
        <translation>Izina ry’umunsi w’ikiruhuko rusange ni umurongo umwe w’amagambo: ntirishobora kugira isimbuka ry’umurongo cyangwa ikindi kimenyetso kitagaragara (iri rifite {character} ku nyuguti ya {position}). Ongera wandike izina ku murongo umwe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave counting is open in {who}&apos;s session since {when}: the holiday was not changed. Try again in a moment; if it stays, IT can end that session.</source>
        <translation>Ibarura ry’ikiruhuko rirafunguye mu gice cya {who} kuva {when}: umunsi w’ikiruhuko rusange ntiwahinduwe. Ongera ugerageze mu kanya; niba bikomeje, IT irashobora gufunga icyo gice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave counting is open in {who}&apos;s session: the holiday was not changed. Try again in a moment; if it stays, IT can end that session.</source>
        <translation>Ibarura ry’ikiruhuko rirafunguye mu gice cya {who}: umunsi w’ikiruhuko rusange ntiwahinduwe. Ongera ugerageze mu kanya; niba bikomeje, IT irashobora gufunga icyo gice.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="+14"/>
        <source>This purchase order has no lines: add what it buys, then submit it.</source>
        <translation>Uru rupapuro rwo gutumiza nta murongo rufite: ongeraho ibyo rugura, hanyuma urutange.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This purchase order has no supplier: choose one and save the order, then submit it.</source>
        <translation>Uru rupapuro rwo gutumiza nta utanga ibicuruzwa rufite: hitamo umwe maze ubike urupapuro, hanyuma urutange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only {creator}, who drew up this purchase order, or the stores may submit it.</source>
        <translation>{creator}, wakoze uru rupapuro rwo gutumiza, cyangwa ububiko ni bo bonyine bashobora kurutanga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{supplier} is blocked: no order may be placed with it until the stores unblock it.</source>
        <translation>{supplier} yarazitiwe: nta kintu cyatumizwa kuri we kugeza ububiko bumukomoreye.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{supplier} is marked inactive: no order may be placed with it until the stores reactivate it.</source>
        <translation>{supplier} yanditswe ko adakora: nta kintu cyatumizwa kuri we kugeza ububiko bwongeye kumukoresha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} is discontinued and is no longer ordered: choose another item, or remove its line from this purchase order.</source>
        <translation>{item} cyahagaritswe burundu kandi ntikigitumizwa: hitamo ikindi gicuruzwa, cyangwa ukure umurongo wacyo kuri uru rupapuro rwo gutumiza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This purchase order first waits for its department manager&apos;s approval; finance decides it after that.</source>
        <translation>Uru rupapuro rwo gutumiza rubanza gutegereza kwemezwa n’umuyobozi w’ishami ryarwo; ishami ry’imari rigafata icyemezo nyuma y’aho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You approved this purchase order as its department&apos;s manager; someone else must approve it for finance.</source>
        <translation>Wemeje uru rupapuro rwo gutumiza nk’umuyobozi w’ishami ryarwo; undi muntu agomba kurwemeza mu izina ry’imari.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This purchase order waits for the approval of {manager}, the manager of {department}.</source>
        <translation>Uru rupapuro rwo gutumiza rutegereje kwemezwa na {manager}, umuyobozi wa {department}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This purchase order now waits for the approval of finance (a finance officer or an administrator).</source>
        <translation>Ubu uru rupapuro rwo gutumiza rutegereje kwemezwa n’ishami ry’imari (umukozi w’imari cyangwa umuyobozi wa sisitemu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The department of whoever drew up this purchase order has no other manager to approve it, so an administrator approves it.</source>
        <translation>Ishami ry’uwakoze uru rupapuro rwo gutumiza nta wundi muyobozi rifite wo kurwemeza, bityo rwemezwa n’umuyobozi wa sisitemu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{line}: {quantity} cannot be received: {ordered} were ordered and {received} have arrived already.</source>
        <translation>{line}: {quantity} ntibishobora kwakirwa: hatumijwe {ordered} kandi {received} byamaze kuza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One of the lines received is not a line of this purchase order. Reload the order, then try again.</source>
        <translation>Umwe mu mirongo yakiriwe si umurongo w’uru rupapuro rwo gutumiza. Ongera ufungure urupapuro, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was received: enter the quantity that arrived for at least one line.</source>
        <translation>Nta cyakiriwe: andika ingano yaje nibura ku murongo umwe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: only {stock} left in stock, so {quantity} cannot be issued.</source>
        <translation>{item}: hasigaye {stock} gusa mu bubiko, bityo {quantity} ntibishobora gutangwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item}: none is left in stock, so {quantity} cannot be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stock movement in or out needs a quantity of more than 0; an adjustment corrects the stock up or down (such as 3 or -3), never by 0.</source>
        <translation>Kwinjiza cyangwa gusohora ibicuruzwa bikenera ingano irenze 0; ihindura rikosora ibiri mu bubiko byiyongera cyangwa bigabanuka (nka 3 cyangwa -3), ntibibe 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A stock movement is in, out or an adjustment.</source>
        <translation>Iyimuka ry’ibicuruzwa ni kwinjiza, gusohora cyangwa ihindura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stock item no longer exists: someone deleted it.</source>
        <translation>Iki gicuruzwa ntikikiriho: hari uwagisibye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock received on a purchase order is recorded by Receive… on the order, so that the order follows it. Choose what else this movement refers to.</source>
        <translation>Ibicuruzwa byakiriwe ku rupapuro rwo gutumiza byandikwa na Kwakira… kuri urwo rupapuro, kugira ngo rubikurikirane. Hitamo ikindi iri yimurwa rishingiyeho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} is discontinued: what is left may still be issued or counted down, but no stock is added to it.</source>
        <translation>{item} cyahagaritswe: igisigaye gishobora gutangwa cyangwa kubarurwa kigabanuka, ariko nta bicuruzwa byongerwaho.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reference} is a purchase order&apos;s number: what arrives on an order is recorded by Receive… on the order. Give the number of a delivery note or a transfer slip instead.</source>
        <translation>{reference} ni nimero y’itegeko ryo kugura: ibigeze ku itegeko byandikwa na Kwakira… ku itegeko. Tanga aho nimero y’urupapuro rwo kwakira cyangwa urw’iyimurwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{item} is discontinued: a count that found more than the books is recorded with a note saying what was found. Write it in Notes.</source>
        <translation>{item} ntikigurishwa: ibarura ryabonye ibirenze ibiri mu bitabo ryandikwa n’icyitonderwa kivuga ibyabonetse. Cyandike mu Byitonderwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say in Notes what the count of {item} found: an adjustment changes the books, so it needs a reason.</source>
        <translation>Andika mu Bisobanuro ibyo ibarura rya {item} ryasanze: ihinduka rihindura ibitabo by’ibaruramari, bityo rikeneye impamvu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what this issue of {item} went to (Reference number) or who took it and why (Notes): stock leaves the books only with a reason.</source>
        <translation>Vuga icyo isohoka rya {item} ryakoreshejwe (Nomero y’indango) cyangwa uwaritwaye n’impamvu (Ibisobanuro): ibiri mu bubiko bisohoka mu bitabo ari uko hari impamvu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A movement “{movement}” cannot refer to “{reference_type}”. Stock in refers to a transfer, stock out to a sale or a transfer, an adjustment to a stock count; any of them may refer to nothing. Choose what this movement refers to.</source>
        <translation>Iyimurwa “{movement}” ntirishobora kwerekeza kuri “{reference_type}”. Ibyinjiye byerekeza ku iyimurwa, ibisohotse ku igurisha cyangwa iyimurwa, ihindura ku ibarura; buri kimwe gishobora kutagira icyo cyerekezaho. Hitamo icyo iri yimurwa ryerekezaho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why {order} is closed with part of it not received: the reason is kept in its notes.</source>
        <translation>Vuga impamvu {order} rifunzwe igice cyaryo kitakiriwe: impamvu ibikwa mu byitonderwa byaryo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the stores (inventory) and administrators move stock, and order, receive or cancel purchase orders.</source>
        <translation>Ububiko (ibicuruzwa) n’abayobozi ba sisitemu ni bo bonyine bimura ibicuruzwa, kandi bagatumiza, bakakira cyangwa bagahagarika impapuro zo gutumiza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line needs an item or a description of what it buys.</source>
        <translation>Umurongo ukeneye igicuruzwa cyangwa ibisobanuro by’ibyo ugura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quantity} of {line} were received by {who} at {when}, after you opened this. Check the delivery note: nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{quantity} of {line} were received at {when}, after you opened this. Check the delivery note: nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+2"/>
        <source>{label} is required.</source>
        <translation>{label} irasabwa.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{label} can be at most {limit} characters long; it is {length}.</source>
        <translation>{label} ishobora kugira inyuguti {limit} gusa; ifite {length}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be a three-letter currency code such as RWF.</source>
        <translation>{label} igomba kuba kode y’ifaranga y’inyuguti eshatu nka RWF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be one of the values offered.</source>
        <translation>{label} igomba kuba imwe mu ndangagaciro zatanzwe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>{label} igomba kuba hagati ya {minimum} na {maximum}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be at least {minimum}.</source>
        <translation>{label} igomba kuba nibura {minimum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be more than {minimum}.</source>
        <translation>{label} igomba kurenza {minimum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be at most {maximum}.</source>
        <translation>{label} ntigomba kurenza {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be less than {maximum}.</source>
        <translation>{label} igomba kuba munsi ya {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} can have at most {scale} decimal places.</source>
        <translation>{label} ishobora kugira ibice {scale} gusa nyuma y’akitso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is too large: at most {digits} digits before the decimal point.</source>
        <translation>{label} ni nini cyane: imibare {digits} gusa mbere y’akitso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be on or after the {other}.</source>
        <translation>{label} igomba kuba ku munsi umwe na {other} cyangwa nyuma yayo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be after the {other}.</source>
        <translation>{label} igomba kuba nyuma ya {other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be at least {other}.</source>
        <translation>{label} igomba kuba nibura {other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} must be more than {other}.</source>
        <translation>{label} igomba kurenza {other}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: “{text}” is not a number.</source>
        <translation>{label}: “{text}” si umubare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: “{text}” is not a whole number.</source>
        <translation>{label}: “{text}” si umubare wuzuye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: “{text}” is not a date.</source>
        <translation>{label}: “{text}” si itariki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} is not valid JSON {detail}.</source>
        <translation>{label} si JSON yemewe {detail}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+138"/>
        <source>The database server {host} does not accept logins from this computer. Tell IT (the server&apos;s pg_hba.conf).</source>
        <translation>Seriveri y’ububiko bw’amakuru {host} ntiyemera kwinjira bivuye kuri iyi mudasobwa. Menyesha abashinzwe ikoranabuhanga (IT) (pg_hba.conf ya seriveri).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} has too many connections right now. Try again in a minute; if it persists, tell IT.</source>
        <translation>Seriveri y’ububiko bw’amakuru {host} ifite amahuza menshi cyane ubu. Ongera ugerageze mu munota umwe; nibikomeza, menyesha abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {host} is starting up or shutting down. Try again in a minute.</source>
        <translation>Seriveri y’ububiko bw’amakuru {host} iratangira cyangwa irazima. Ongera ugerageze mu munota umwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/refusals.py" line="+4"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} igomba kuba imwe muri izi: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {value} is already used by “{holder}”.</source>
        <translation>{label} {value} isanzwe ikoreshwa na “{holder}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The setting {value} already exists: open it from the list of System settings to change its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} {value} is already used by another {record}.</source>
        <translation>{label} {value} isanzwe ikoreshwa n’indi nyandiko ({record}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {name} is already used by another {record}.</source>
        <translation>Iyi {name} isanzwe ikoreshwa n’indi nyandiko ({record}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} chosen no longer exists (someone may have deleted it). Choose another one.</source>
        <translation>{name} wahisemo ntikiriho (hari uwaba yayisibye). Hitamo ikindi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This {record} cannot be deleted: {referencing} still refer to it.</source>
        <translation>Iyi nyandiko ({record}) ntishobora gusibwa: {referencing} ziracyayishingiyeho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address must be written in lower case.</source>
        <translation>Aderesi ya imeri igomba kwandikwa mu nyuguti nto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An employee cannot be their own supervisor.</source>
        <translation>Umukozi ntashobora kuba umuyobozi we ubwe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An opportunity is closed won or lost with its Mark won… or Mark lost… step, not by choosing that stage.</source>
        <translation>Amahirwe y’isoko afungwa yatsindiwe cyangwa yatakaye hakoreshejwe intambwe yayo Yatsindiwe… cyangwa Yatakaye…, si uhitamo icyo cyiciro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person who created this {record} cannot approve it; someone else must.</source>
        <translation>Uwakoze iyi nyandiko ({record}) ntashobora kuyemeza; bigomba gukorwa n’undi muntu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {record} was not saved: one of its values breaks a rule of the database. Check the values and try again.</source>
        <translation>{record} ntiyabitswe: imwe mu ndangagaciro zayo inyuranya n’itegeko ry’ububiko bw’amakuru. Genzura indangagaciro maze wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value is not acceptable to the database (too long, too large or in the wrong form). Check the values and try again.</source>
        <translation>Hari agaciro ububiko bw’amakuru butemera (ni karekare cyane, ni kanini cyane cyangwa kanditse nabi). Genzura indangagaciro maze wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role cannot add {records}. Ask an administrator if you need to.</source>
        <translation>Inshingano zawe ntizikwemerera kongeraho {records}. Saba umuyobozi wa sisitemu niba ubikeneye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot change {records}. Ask an administrator if you need to.</source>
        <translation>Inshingano zawe ntizikwemerera guhindura {records}. Saba umuyobozi wa sisitemu niba ubikeneye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot delete {records}. Ask an administrator if you need to.</source>
        <translation>Inshingano zawe ntizikwemerera gusiba {records}. Saba umuyobozi wa sisitemu niba ubikeneye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot see {records}. Ask an administrator if you need to.</source>
        <translation>Inshingano zawe ntizikwemerera kubona {records}. Saba umuyobozi wa sisitemu niba ubikeneye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role cannot fill in the {name} of {records}. Leave it empty, or ask someone who may.</source>
        <translation>Inshingano zawe ntizikwemerera kuzuza {name} ya {records}. Bireke ubusa, cyangwa usabe ubyemerewe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role cannot change the {name} of {records}. Undo that change, or ask someone who may.</source>
        <translation>Inshingano zawe ntizikwemerera guhindura {name} ya {records}. Kuraho iyo mpinduka, cyangwa usabe ubyemerewe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role cannot see the {name} of {records}.</source>
        <translation>Inshingano zawe ntizikwemerera kubona {name} ya {records}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role may not save this {record} as it is: either it may not change some of these fields, or the {record} is outside what your role manages.</source>
        <translation>Inshingano zawe ntizikwemerera kubika iyi nyandiko ({record}) uko iri: haba hari imwe muri iyi myanya zitemerewe guhindura, cyangwa iyi nyandiko ({record}) iri hanze y’ibyo inshingano zawe zicunga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role is not allowed to do this. Ask an administrator if you need to.</source>
        <translation>Inshingano zawe ntizikwemerera gukora ibi. Saba umuyobozi wa sisitemu niba ubikeneye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot add this {record}: your role adds {records} only for the people it manages (often only yourself) and only in their first state. Check who it is for.</source>
        <translation>Ntushobora kongeraho iyi nyandiko ({record}): inshingano zawe zongeraho {records} ku bantu zicunga gusa (akenshi ni wowe wenyine) kandi mu miterere yazo ya mbere gusa. Genzura uwo ireba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can request leave only for yourself (My work › My leave › Request leave…); HR files leave for others.</source>
        <translation>Ushobora gusaba ikiruhuko cyawe gusa (Akazi kanjye › Ibiruhuko byanjye › Saba ikiruhuko…); ibiruhuko by’abandi byandikwa n’abashinzwe abakozi (HR).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot save this {record} like this: after the change it would be one your role does not manage (someone else&apos;s, or in another state). Undo that change.</source>
        <translation>Ntushobora kubika iyi nyandiko ({record}) gutya: nyuma y’impinduka yaba itakiri mu byo inshingano zawe zicunga (iy’undi muntu, cyangwa mu yindi miterere). Kuraho iyo mpinduka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else was changing the same records at the same moment, and trying again did not help. Wait a moment, then try again.</source>
        <translation>Undi muntu yahinduraga inyandiko zimwe mu gihe kimwe, kandi kongera kugerageza nta cyo byatanze. Tegereza gato, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else is changing this record right now. Try again in a moment.</source>
        <translation>Undi muntu arimo guhindura iyi nyandiko ubu. Ongera ugerageze mu kanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database took too long to answer. Try a narrower search or filter, or try again later.</source>
        <translation>Ububiko bw’amakuru bwatinze gusubiza. Gerageza gushakisha cyangwa kuyungurura ku buryo bufunganye, cyangwa wongere ugerageze nyuma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the database was lost. What you typed is still here: try again.</source>
        <translation>Ihuzanzira n’ububiko bw’amakuru ryacitse. Ibyo wanditse biracyari hano: ongera ugerageze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the database was lost while this was being saved: it may have been saved. Open the record again to see whether it was before you try again; what you typed is still here.</source>
        <translation>Guhuza n’ububiko bw’amakuru byacitse birimo kubikwa: bishobora kuba byabitswe. Ongera ufungure inyandiko urebe niba byabitswe mbere yo kongera kugerageza; ibyo wanditse biracyahari.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the database was lost while this decision was being saved: it may have been decided. Reload to see.</source>
        <translation>Guhuza n’ububiko bw’amakuru byacitse icyemezo kirimo kubikwa: gishobora kuba cyafashwe. Ongera ufungure urebe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database no longer accepts your login: IT may have turned it off or changed its password. Log out and sign in again; if you cannot, ask IT.</source>
        <translation>Ububiko bw’amakuru ntibukemera konti yawe: abashinzwe ikoranabuhanga (IT) bashobora kuba barayihagaritse cyangwa barahinduye ijambo ry’ibanga ryayo. Sohoka wongere winjire; nibidashoboka, baza abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server could not be reached. Check the network connection, then try again.</source>
        <translation>Seriveri y’ububiko bw’amakuru ntiyashoboye kugerwaho. Genzura ihuzanzira, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server has too many connections right now. Try again in a minute; if it persists, tell IT.</source>
        <translation>Seriveri y’ububiko bw’amakuru ifite amahuza menshi cyane ubu. Ongera ugerageze mu munota umwe; nibikomeza, menyesha abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login has too many connections open to the database ({limit}): close DICEL on another computer, or ask IT.</source>
        <translation>Konti yawe ifite amasano menshi afunguye ku bubiko bw’amakuru ({limit}): funga DICEL ku yindi mudasobwa, cyangwa ubaze IT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot take changes right now: its notification queue is full. Tell IT.</source>
        <translation>Ububiko bw’amakuru ntibushobora kwakira impinduka ubu: umurongo w’amatangazo wuzuye. Bimenyeshe IT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server ran out of resources (disk space or memory). Try again later, and tell IT.</source>
        <translation>Seriveri y’ububiko bw’amakuru yabuze ubushobozi (umwanya kuri disiki cyangwa ububiko bw’agateganyo). Ongera ugerageze nyuma, kandi umenyeshe abashinzwe ikoranabuhanga (IT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This DICEL Desktop is older than the company database, so it can show records but not change them. Ask IT for the current DICEL Desktop and install it.</source>
        <translation>Iyi DICEL Desktop irashaje kurusha ububiko bw’amakuru bw’ikigo, bityo ishobora kwerekana inyandiko ariko ntishobora kuzihindura. Saba abashinzwe ikoranabuhanga (IT) DICEL Desktop igezweho maze uyishyireho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This DICEL Desktop is older than the company database, so it can show records but not change them. Install the current DICEL Desktop from {installer}.</source>
        <translation>Iyi DICEL Desktop irashaje kurusha ububiko bw’amakuru bw’ikigo, bityo ishobora kwerekana inyandiko ariko ntishobora kuzihindura. Shyiraho DICEL Desktop igezweho uyikuye kuri {installer}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{version}” is not a version number: give one like 1.2.0.</source>
        <translation>“{version}” si nomero ya verisiyo: tanga imwe nka 1.2.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database server only allows reading (it is a copy of the main one). Log in to the main server to make changes.</source>
        <translation>Iyi seriveri y’ububiko bw’amakuru yemera gusoma gusa (ni kopi y’iy’ibanze). Injira kuri seriveri y’ibanze kugira ngo ukore impinduka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong, and it was not done. Try again; if it happens again, tell IT (the details are in the program&apos;s log).</source>
        <translation>Hari ikintu gitunguranye kitagenze neza, kandi ntibyakozwe. Ongera ugerageze; nibyongera kubaho, menyesha abashinzwe ikoranabuhanga (IT) (ibisobanuro biri muri dosiye y’ibyabaye ya porogaramu).</translation>
    </message>
    <message>
        <location filename="../domain/messages/files.py" line="+14"/>
        <source>“{file_name}” is {size}; a file attached to a record can be at most {limit}. Make it smaller (scan at a lower resolution, or compress it) and try again.</source>
        <translation>“{file_name}” ifite {size}; dosiye yometswe ku nyandiko ishobora kugira {limit} gusa. Yigabanye (yisikane ku bunyangamugayo buke, cyangwa uyikamure) maze wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file_name}” is empty: there is nothing to attach.</source>
        <translation>“{file_name}” irimo ubusa: nta cyo kometsaho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no name. Give it a name and try again.</source>
        <translation>Dosiye nta zina ifite. Yihe izina maze wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file name may not hold invisible or control characters (this one has {character} at character {position}): such a character can make a name look like another, a program like a PDF. Rename the file and attach it again.</source>
        <translation>Izina rya dosiye ntirishobora kugira inyuguti zitagaragara cyangwa izigenzura (iri rifite {character} ku nyuguti ya {position}): inyuguti nk’iyo ishobora gutuma izina risa n’irindi, porogaramu igasa na PDF. Hindura izina rya dosiye maze wongere uyometseho.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DICEL does not open “{name}”: a file of this kind ({extension}) would run as a program on this computer. Use Download… to save a copy instead, and ask IT if you expected a document.</source>
        <translation>DICEL ntifungura “{name}”: dosiye y’ubu bwoko ({extension}) yakora nka porogaramu kuri iyi mudasobwa. Ahubwo koresha Kuramo… kugira ngo ubike kopi, kandi ubaze abashinzwe ikoranabuhanga (IT) niba wari witeze inyandiko.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DICEL does not open “{name}”: it holds a program, not a document. Use Download… to save a copy instead, and ask IT if you expected a document.</source>
        <translation>DICEL ntifungura “{name}”: irimo porogaramu, si inyandiko. Ahubwo koresha Kuramo… kugira ngo ubike kopi, kandi ubaze abashinzwe ikoranabuhanga (IT) niba wari witeze inyandiko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DICEL does not open “{name}”: its name ends in {named}, but it was stored as another kind of file ({stored}), so this computer might open it with the wrong program. Use Download… to save a copy, and open it where you know what it is.</source>
        <translation>DICEL ntifungura “{name}”: izina ryayo rirangirana na {named}, ariko yabitswe nk’ubundi bwoko bwa dosiye ({stored}), bityo iyi mudasobwa yayifunguza porogaramu itari yo. Koresha Kuramo… kugira ngo ubike kopi, maze uyifungurire aho uzi icyo ari cyo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The type of this file was given in a form the database does not accept (such as application/pdf). Attach the file again.</source>
        <translation>Ubwoko bw’iyi dosiye bwatanzwe mu buryo ububiko bw’amakuru butemera (nka application/pdf). Ongera wometseho dosiye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is already attached as “{existing}” by {uploader} on {date}.</source>
        <translation>Iyi dosiye isanzwe yometseho yitwa “{existing}”, yashyizweho na {uploader} ku wa {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is already attached to this record.</source>
        <translation>Iyi dosiye isanzwe yometse kuri iyi nyandiko.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not change the files of this {record}: only people who may change the {record} can attach, replace or remove its files.</source>
        <translation>Ntushobora guhindura dosiye z’iyi nyandiko ({record}): abemerewe guhindura iyi nyandiko ni bo bonyine bashobora kometsaho, gusimbuza cyangwa kuvanaho dosiye zayo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is no longer there: someone removed it, or you can no longer see its record. Reload to see the current files.</source>
        <translation>Iyi dosiye ntikiriho: hari uwayivanyeho, cyangwa ntukibona inyandiko yayo. Ongera ufungure kugira ngo ubone dosiye ziriho ubu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file_name}” was replaced by {uploader} at {time} after you opened it. Reload to see the new version, then try again.</source>
        <translation>“{file_name}” yasimbujwe na {uploader} ku wa {time} umaze kuyifungura. Ongera ufungure kugira ngo ubone verisiyo nshya, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files cannot be attached to records of “{table}”.</source>
        <translation>Dosiye ntizishobora kometswa ku nyandiko za “{table}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field “{column}” of “{table}” cannot hold a file.</source>
        <translation>Umwanya “{column}” wa “{table}” ntushobora kugira dosiye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That file is not attached to this record (or you can no longer see it). Attach it to the record first.</source>
        <translation>Iyo dosiye ntiyometse kuri iyi nyandiko (cyangwa ntukiyibona). Banza uyometse ku nyandiko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} already has its file, and a saved {record} cannot be changed. Add a new {record} for another file.</source>
        <translation>Iyi nyandiko ({record}) isanzwe ifite dosiye yayo, kandi inyandiko yabitswe ntishobora guhindurwa. Ongeraho indi nyandiko ({record}) ku yindi dosiye.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+2"/>
        <source>You are not allowed to see the {records}, so you cannot choose one here. Ask an administrator if your work needs it.</source>
        <translation>Ntiwemerewe kubona {records}, bityo ntushobora guhitamo imwe hano. Saba umuyobozi wa sisitemu niba akazi kawe kabikeneye.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="+14"/>
        <source>There is no {year} budget for {category} in {department}, so this expense cannot be approved: create that budget line first (Finance, Budgets), then approve it.</source>
        <translation>Nta ngengo y’imari ya {year} ya {category} muri {department} ihari, bityo iri koreshwa ry’amafaranga ntirishobora kwemezwa: banza ushyireho uwo murongo w’ingengo y’imari (Imari, Ingengo y’imari), hanyuma uryemeze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {year} budget for {category} in {department} is {state}: no expense is approved against it. A draft line is activated and a frozen one unfrozen in Finance, Budgets; against a closed line, reject the expense.</source>
        <translation>Ingengo y’imari ya {year} ya {category} muri {department} iri ku rwego “{state}”: nta koreshwa ry’amafaranga ryemezwa kuri yo. Umurongo w’umushinga utangizwa, uwahagaritswe ugasubizwaho muri Imari, Ingengo y’imari; ku murongo ufunze, anga ikoreshwa ry’amafaranga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This expense is in {currency}, and budgets are kept in RWF, so it cannot be approved as it is. Ask whoever filed it to record it in RWF (whoever changes it cannot approve it), or reject it.</source>
        <translation>Iri koreshwa ry’amafaranga riri muri {currency}, kandi ingengo y’imari ibarwa mu RWF: ntirishobora kwemezwa uko riri. Saba uwaryanditse kuryandika mu RWF (urihinduye ntashobora kuryemeza), cyangwa uryange.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This expense names no department, so no budget can carry it and it cannot be approved as it is. Ask whoever filed it to set its department (whoever changes it cannot approve it), or reject it.</source>
        <translation>Iri koreshwa ry’amafaranga ntirivuga ishami, bityo nta ngengo y’imari yarishyigikira kandi ntirishobora kwemezwa uko riri. Saba uwaryanditse gushyiramo ishami ryaryo (urihinduye ntashobora kuryemeza), cyangwa uryange.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice {invoice} names no client: choose one before issuing it.</source>
        <translation>Fagitire {invoice} nta mukiriya ivuga: hitamo umwe mbere yo kuyitanga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {invoice} has no lines: add what is billed before issuing it.</source>
        <translation>Fagitire {invoice} nta mirongo ifite: ongeraho ibyishyuzwa mbere yo kuyitanga.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This line would be worth {amount} {currency}, more than one line can record (at most {most} {currency}). Check the quantity and the unit price, or split it into several lines.</source>
        <translation>Uyu murongo ufite agaciro ka {amount} {currency}, kurenza ako umurongo umwe ushobora kwandika ({most} {currency} gusa ku bwinshi). Reba ingano n’igiciro kimwe, cyangwa ubyandike mu mirongo menshi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With this line, invoice {invoice} would total {amount} {currency} with VAT, more than one invoice can record (at most {most} {currency}). Put the rest on another invoice.</source>
        <translation>Hamwe n’uyu murongo, fagitire {invoice} igera kuri {amount} {currency} hamwe na TVA, kurenza ako fagitire imwe ishobora kwandika ({most} {currency} gusa ku bwinshi). Shyira ibisigaye kuri fagitire yindi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With this line, order {order} would total {amount} {currency}, more than one order can record (at most {most} {currency}). Put the rest on another order.</source>
        <translation>Hamwe n’uyu murongo, urupapuro rwo gutumiza {order} rugera kuri {amount} {currency}, kurenza ako urupapuro rumwe rushobora kwandika ({most} {currency} gusa ku bwinshi). Shyira ibisigaye ku rupapuro rundi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is still a draft: issue it before recording a payment on it.</source>
        <translation>Fagitire {invoice} iracyari umushinga: banza uyitange mbere yo kwandikaho ubwishyu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment must be more than zero.</source>
        <translation>Ubwishyu bugomba kurenza zeru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} is in the future: give the day the money actually moved.</source>
        <translation>{date} ni itariki y’ejo hazaza: tanga umunsi amafaranga yimukiyeho koko.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is before the payment was approved, on {approved}: give the day the money actually moved, on or after its approval.</source>
        <translation>Itariki {date} iri mbere y’uko ubwishyu bwemezwa ku wa {approved}: tanga umunsi amafaranga yimukiyeho koko, ku munsi wo kwemezwa cyangwa nyuma yawo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{date} is earlier than invoice {invoice} itself ({earliest}): give the day the money actually arrived.</source>
        <translation>Itariki {date} iri mbere ya fagitire {invoice} ubwayo ({earliest}): tanga umunsi amafaranga yagereyeho koko.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That account is closed or no longer exists: choose an active one.</source>
        <translation>Iyo konti yarafunzwe cyangwa ntikiriho: hitamo konti ikora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account} holds {account_currency}, not {currency}: choose an account in {currency}.</source>
        <translation>{account} ibarwa muri {account_currency}, si muri {currency}: hitamo konti iri muri {currency}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{account} has transactions in {account_currency}: its currency cannot become {currency}. Open an account in {currency} instead.</source>
        <translation>{account} ifite ibikorwa by’imari biri muri {account_currency}: ifaranga ryayo ntirishobora kuba {currency}. Ahubwo fungura konti iri muri {currency}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{account} is closed: nothing new is written on it. Choose an active account, or make this one active again first.</source>
        <translation>{account} yafunzwe: nta kintu gishya cyandikwaho. Hitamo konti ikora, cyangwa banza wongere ukoreshe iyi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} still holds {balance} {currency}: move the money to another account first, then close it.</source>
        <translation>{account} iracyafite {balance} {currency}: banza wimurire amafaranga kuri indi konti, hanyuma uyifunge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expenses of {amount} {currency} are already charged to this budget, so its department, category and fiscal year can no longer change; its allocated amount can still be revised. For another department, category or year, add a budget.</source>
        <translation>Ikoreshwa ry’amafaranga rya {amount} {currency} risanzwe ribarirwa kuri iyi ngengo y’imari, bityo ishami ryayo, icyiciro cyayo n’umwaka wayo w’ingengo y’imari ntibishobora kongera guhinduka; amafaranga yagenewe ashobora gusubirwamo. Ku rindi shami, ikindi cyiciro cyangwa undi mwaka, ongeraho indi ngengo y’imari.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expenses of {amount} {currency} are already charged to this budget, so it cannot go back to draft: a draft budget has nothing charged to it. Freeze it to stop further expenses.</source>
        <translation>Ikoreshwa ry’amafaranga rya {amount} {currency} risanzwe ribarirwa kuri iyi ngengo y’imari, bityo ntishobora gusubira mu mushinga: ingengo y’imari y’umushinga nta cyo ibarirwaho. Yihagarike kugira ngo hatongera kubarirwaho andi mafaranga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only {outstanding} {currency} is still owed on this invoice: a payment cannot be more.</source>
        <translation>Kuri iyi fagitire hasigaye kwishyurwa {outstanding} {currency} gusa: ubwishyu ntibushobora kurenza ayo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amounts in {currency} are whole, without decimals: {amount} {currency} cannot be paid. Type a whole amount.</source>
        <translation>Amafaranga ari muri {currency} ni yuzuye, nta bice: {amount} {currency} ntashobora kwishyurwa. Andika amafaranga yuzuye.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rwandan francs have no cents: type a whole amount.</source>
        <translation>Amafaranga y’u Rwanda nta santime agira: andika umubare wuzuye.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new opportunity cannot be expected to close on a day already past: choose today or a later day.</source>
        <translation>Amahirwe mashya y’isoko ntashobora kuba ateganyijwe kurangira ku munsi wamaze guhita: hitamo uyu munsi cyangwa umunsi uzakurikira.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amounts in {currency} have at most {places} decimals: {amount} {currency} cannot be paid. Type the amount to the cent.</source>
        <translation>Amafaranga ari muri {currency} ntarenza imibare {places} nyuma y’akitso: {amount} {currency} ntashobora kwishyurwa. Andika amafaranga kugeza ku isenti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} {currency} has already been received on invoice {invoice}, so it cannot be cancelled.</source>
        <translation>{amount} {currency} yamaze kwakirwa kuri fagitire {invoice}, bityo ntishobora guhagarikwa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{transaction} is not a payment of an invoice, so it cannot be reversed on one.</source>
        <translation>{transaction} si inyishyu ya fagitire, bityo ntishobora gusubizwa kuri fagitire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{transaction} is itself the reversal of {reversed}: it is not reversed in turn. If the money did arrive, record it again with Record payment… on the invoice.</source>
        <translation>{transaction} ubwayo ni isubizwa rya {reversed}: ntisubizwa nayo. Niba amafaranga yarageze koko, yandike bundi bushya na Kwandika inyishyu… kuri fagitire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment {transaction} was already reversed by {reversal} on {date}: nothing more was taken off the invoice.</source>
        <translation>Inyishyu {transaction} yari yarasubijwe na {reversal} ku wa {date}: nta kindi cyakuwe kuri fagitire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is cancelled: its payments are no longer reversed on it.</source>
        <translation>Fagitire {invoice} yarahagaritswe: inyishyu zayo ntizikisubizwaho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the payment is reversed (a bounced cheque, recorded on the wrong invoice): the reason stays with the invoice.</source>
        <translation>Vuga impamvu inyishyu isubizwa (sheki yanze, yanditswe kuri fagitire itari yo): impamvu igumana na fagitire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment {transaction} arrived on {account}, which is closed: nothing more is written on it, so the payment cannot be reversed there. Make the account active again first if the money really left it.</source>
        <translation>Inyishyu {transaction} yageze kuri {account}, yafunzwe: nta kindi cyandikwaho, bityo inyishyu ntishobora gusubizwa kuri yo. Banza wongere ukoreshe konti niba amafaranga yarayivuyeho koko.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{account} holds {balance} {currency}; reversing payment {transaction} takes {needed} {currency} off it, below zero. Record the money that covers it first (a transfer to the account), then reverse the payment.</source>
        <translation>{account} ifite {balance} {currency}; gusubiza inyishyu {transaction} bikuraho {needed} {currency}, munsi ya zeru. Banza wandike amafaranga abikwiriye (iyimurwa kuri konti), hanyuma usubize inyishyu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No payment of invoice {invoice} is left to reverse.</source>
        <translation>Nta nyishyu ya fagitire {invoice} isigaye yo gusubiza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{type}” is not a kind of transaction: a transaction is a credit (money in) or a debit (money out).</source>
        <translation>“{type}” si ubwoko bw’igikorwa cy’imari: igikorwa cy’imari ni iyinjira (amafaranga yinjira) cyangwa isohoka (amafaranga asohoka).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{invoice} is an invoice: record its payments with Record payment… on the invoice, so that the invoice follows them.</source>
        <translation>{invoice} ni fagitire: andika ubwishyu bwayo ukoresheje Andika ubwishyu… kuri fagitire, kugira ngo fagitire ibukurikirane.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A pay period is one calendar month, from its first day to its last.</source>
        <translation>Igihe cy’umushahara ni ukwezi kumwe kwa kalendari, kuva ku munsi wako wa mbere kugeza ku wa nyuma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month from {start} to {end} has not started yet: its payroll can be run from its first day on.</source>
        <translation>Ukwezi kuva ku wa {start} kugeza ku wa {end} ntikuratangira: umushahara wako ushobora kubarwa guhera ku munsi wako wa mbere.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}&apos;s payslip from {start} to {end} is still pending and was run before they left: it pays none of the annual leave they did not take. Cancel that payroll run first, then take this step, then run the month again: the new run pays that leave. Or take this step once that run is approved: the next month&apos;s run then pays that leave as a final settlement. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The payroll of {period} has been run and waits for approval, with {name}&apos;s unpaid leave as it stood then. Cancel that payroll run first, then change this leave, then run the month again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payroll of {period} has been run and waits for approval, with {name}&apos;s unpaid leave as it stood then: HR or Finance must cancel that payroll run before this leave can change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terminating {name} cancels their approved unpaid leave in {period}, and that month&apos;s payroll has been run and waits for approval. Cancel that payroll run first, then terminate, then run the month again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payroll of {period} has been run and waits for approval, paying {name} for the annual leave they had not taken as it stood then. Cancel that payroll run first, then change this leave, then run the month again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payroll of {period} has been run and waits for approval, paying {name} for the annual leave they had not taken as it stood then: HR or Finance must cancel that payroll run before this leave can change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payroll of {period} is signed and paid {name} for the annual leave they had not taken: the leave stays as that payroll counted it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payroll for {start} to {end} was already run by {who} on {day}, and is {state}: a period runs only once.</source>
        <translation>Umushahara wo kuva ku wa {start} kugeza ku wa {end} wamaze kubarwa na {who} ku wa {day}, kandi uri ku rwego “{state}”: igihe kibarwa rimwe gusa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are payslips for {start} to {end} already: a period runs only once.</source>
        <translation>Hasanzwe hari impapuro z’umushahara zo kuva ku wa {start} kugeza ku wa {end}: igihe kibarwa rimwe gusa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These employees have no salary in RWF, so the payroll cannot pay them: {employees}. Complete their HR records, then run the payroll.</source>
        <translation>Aba bakozi nta mushahara bafite muri RWF, bityo ibarwa ry’umushahara ntirishobora kubahemba: {employees}. Uzuza dosiye zabo z’abakozi, hanyuma ubare umushahara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No one was employed from {start} to {end}: there is nobody to pay.</source>
        <translation>Nta muntu wari ufite akazi kuva ku wa {start} kugeza ku wa {end}: nta wo guhemba uhari.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed the pay of employee {employee} (salary, employment status or dates, or bank details) since their last approved payslip: someone else must approve this pay period.</source>
        <translation>Wahinduye umushahara w’umukozi {employee} (umushahara, uko ahagaze mu kazi cyangwa amatariki, cyangwa konti ya banki) kuva ku rupapuro rwe rw’umushahara rwemejwe bwa nyuma: undi muntu agomba kwemeza iki gihe cy’umushahara.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own pay in this period was changed since your last approved payslip: someone else must approve this pay period.</source>
        <translation>Umushahara wawe bwite muri iki gihe wahinduwe kuva ku rupapuro rwawe rw’umushahara rwa nyuma rwemejwe: undi muntu agomba kwemeza iki gihe cy’umushahara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This pay period is not approved yet: someone other than whoever ran it approves it, then it can be paid.</source>
        <translation>Iki gihe cy’umushahara ntikiremezwa: kigomba kwemezwa n’undi muntu utari uwakibaze, hanyuma kikabona kwishyurwa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} holds {balance} {currency}; the salaries need {needed} {currency}. Move money to it first, or pay from another account.</source>
        <translation>{account} ifite {balance} {currency}; imishahara ikeneye {needed} {currency}. Banza uyishyiriraho amafaranga, cyangwa wishyure uvanye ku yindi konti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} holds {balance} {currency}; this payment needs {needed} {currency}. Move money to it first, or pay from another account.</source>
        <translation>{account} ifite {balance} {currency}; ubu bwishyu bukeneye {needed} {currency}. Banza uyishyiriraho amafaranga, cyangwa wishyure uvanye ku yindi konti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You filed this expense yourself: another finance officer must pay it.</source>
        <translation>Iri koreshwa ry’amafaranga waritanze ubwawe: rigomba kwishyurwa n’undi mukozi w’imari.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment of {amount} {currency} was recorded on this invoice by {who} at {when}, after you opened it. Check that yours is not the same payment: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment of {amount} {currency} on this invoice was reversed by {who} at {when}, after you opened it. Check what is still owed: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was paid on this invoice changed at {when}, after you opened it. Check what is still owed: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../domain/messages/export.py" line="+14"/>
        <source>The list could not be saved as {path}: {detail}. Choose a folder you can write to (and with free space), then export again.</source>
        <translation>Urutonde ntirwashoboye kubikwa nka {path}: {detail}. Hitamo ububiko wemerewe kwandikamo (kandi bufite umwanya), hanyuma wongere wohereze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is open in another program (Excel keeps the workbooks it shows), or may not be replaced: close it there and export again, or choose another name.</source>
        <translation>{name} ifunguye mu yindi porogaramu (Excel igumana ibitabo yerekana), cyangwa ntishobora gusimbuzwa: yifunge aho maze wongere wohereze, cyangwa uhitemo irindi zina.</translation>
    </message>
    <message>
        <location filename="../gui/error_sentences.py" line="-196"/>
        <source>%1 working days</source>
        <translation>iminsi %1 y’akazi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>iminsi %1</translation>
    </message>
    <message>
        <location filename="../domain/messages/leave.py" line="-124"/>
        <source>A leave request covers a year at most: one starting on {start} ends on {latest} at the latest. File the rest of the absence as another request.</source>
        <translation>Ubusabe bw’ikiruhuko ntiburenza umwaka: ubutangira ku wa {start} burangira ku wa {latest} bitarenze. Saba igihe gisigaye mu busabe bundi.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="-54"/>
        <source>{supplier} supplies open purchase orders ({orders}): its name, tax number and payment terms stay as those orders were approved until they are received, closed or cancelled. Its contact details may still change. Your other values are kept.</source>
        <translation>{supplier} atanga ibyatumijwe ku mpapuro zo gutumiza zitararangira ({orders}): izina rye, nomero y’umusoro (TIN) n’uburyo bwo kwishyurwa biguma uko izo mpapuro zemejwe kugeza zakiriwe, zifunzwe cyangwa zihagaritswe. Aho abarizwa haracyahinduka. Ibindi wanditse birabitswe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{line}: a quantity received is a whole number of units, 0 or more, not &quot;{quantity}&quot;.</source>
        <translation>{line}: umubare wakiriwe ni umubare wuzuye w’ibintu, 0 cyangwa urenga, si “{quantity}”.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="-143"/>
        <source>{reference} reads as an expense&apos;s number: an expense is paid with Mark paid… on the expense, which books its transaction. Give this entry another reference.</source>
        <translation>{reference} risomwa nk’inomero y’ikoreshwa ry’amafaranga: ikoreshwa ry’amafaranga ryishyurwa na Emeza ko byishyuwe… kuri ryo, ibyo byandika igikorwa cyaryo. Ha iyi nyandiko indi nomero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} reads as a pay period&apos;s payment: salaries are paid with Mark paid… on the pay period, which books their transaction. Give this entry another reference.</source>
        <translation>{reference} risomwa nk’ubwishyu bw’igihe cy’umushahara: imishahara yishyurwa na Emeza ko byishyuwe… ku gihe cy’umushahara, ibyo byandika igikorwa cyayo. Ha iyi nyandiko indi nomero.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-405"/>
        <source>You cannot change your own guard record, shifts or patrols: someone else in security must.</source>
        <translation>Ntushobora guhindura amakuru yawe bwite nk’ushinzwe umutekano, ibihe byawe by’akazi cyangwa amarondo yawe: bigomba gukorwa n’undi mu bashinzwe umutekano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot enrol yourself or record your own training: someone else in HR must.</source>
        <translation>Ntushobora kwiyandikisha ubwawe cyangwa kwandika amahugurwa yawe bwite: bigomba gukorwa n’undi mu bakozi bashinzwe abakozi.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{guard} is suspended: no shift or patrol may be given to them until security reinstates them.</source>
        <translation>{guard} yahagaritswe by’agateganyo: nta gihe cy’akazi cyangwa irondo ashobora guhabwa kugeza abashinzwe umutekano bamusubije mu kazi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{guard} is marked inactive: no shift or patrol may be given to them until security reinstates them.</source>
        <translation>{guard} yanditswe ko atakiri mu kazi: nta gihe cy’akazi cyangwa irondo ashobora guhabwa kugeza abashinzwe umutekano bamusubije mu kazi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The training “{program}” starts on {day}: no enrolment in it is started or completed before then.</source>
        <translation>Amahugurwa “{program}” azatangira ku wa {day}: nta wiyandikishije uyatangira cyangwa ngo ayarangize mbere y’icyo gihe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The training “{program}” has not been started yet: start the training first, then its enrolments.</source>
        <translation>Amahugurwa “{program}” ntaratangira: banza utangize amahugurwa, hanyuma abayiyandikishijemo.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>This asset is assigned to you: another IT officer or an administrator decides whether it is {action}.</source>
        <translation>Iki gikoresho cyahawe wowe: undi mukozi w’ikoranabuhanga cyangwa umuyobozi ni we ufata icyemezo niba {action}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="+76"/>
        <source>The month from {start} to {end} is too far back: payroll runs for the {months} months before the next one due at most, the earliest beginning on {earliest}.</source>
        <translation>Ukwezi kuva ku wa {start} kugeza ku wa {end} ni ukwa kera cyane: umushahara ubarwa gusa ku mezi {months} abanziriza ukwezi gukurikiraho, ukwa kera kurusha ayandi gutangira ku wa {earliest}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-202"/>
        <source>{name} was not employed yet on {date}: they were hired on {hired}. Attendance is recorded from the hire date on.</source>
        <translation>{name} yari atarahabwa akazi ku wa {date}: yahawe akazi ku wa {hired}. Ukwitabira kwandikwa guhera ku itariki yahereyeho akazi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was no longer employed on {date}: they left on {left}. Attendance is recorded up to the termination date.</source>
        <translation>{name} ntiyari akiri umukozi ku wa {date}: yavuye mu kazi ku wa {left}. Ukwitabira kwandikwa kugeza ku itariki yaviriyeho mu kazi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check-in and check-out are on the record&apos;s date, or the day before or after it (a night shift ends the next day): correct the times or the date.</source>
        <translation>Kugera no kugenda biba ku itariki y’iyi nyandiko, cyangwa ku munsi uyibanziriza cyangwa uyikurikira (akazi ka nijoro karangira ku munsi ukurikira): kosora amasaha cyangwa itariki.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The setting {key} takes a value from {least} to {most}.</source>
        <translation>Igenamiterere {key} rifata agaciro kari hagati ya {least} na {most}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} takes a value of {least} or more.</source>
        <translation>Igenamiterere {key} rifata agaciro ka {least} cyangwa karenga.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{date} has not come yet (today is {today}): attendance is recorded for days that have begun.</source>
        <translation>Itariki {date} ntiragera (uyu munsi ni {today}): ukwitabira kwandikwa ku minsi yatangiye.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-362"/>
        <source>This {record} is {state}, so its {name} can no longer be changed. Your other values are kept.</source>
        <translation>Iyi nyandiko ({record}) iri ku rwego “{state}”, bityo {name} yayo ntishobora kongera guhindurwa. Izindi ndangagaciro zawe zirabitswe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This {record} has moved on, so its {name} can no longer be changed. Your other values are kept.</source>
        <translation>Iyi nyandiko ({record}) yarenze icyo cyiciro, bityo {name} yayo ntishobora kongera guhindurwa. Izindi ndangagaciro zawe zirabitswe.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>{at} is later than now ({now}): give the moment it was reported, now at the latest.</source>
        <translation>{at} iri nyuma y’ubu ({now}): tanga igihe byamenyekanishijweho, kitarenze ubu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was made in a transaction begun at {began}, too long ago, and would be dated then: roll it back and make it again.</source>
        <translation>Iri hinduka ryakozwe mu gikorwa cyatangiye {began}, hashize igihe kirekire, kandi ryakwandikwaho icyo gihe: rihagarike maze urikore bundi bushya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This change was made in a transaction begun at {began}, before midnight, and would count as made the day before: roll it back and make it again.</source>
        <translation>Iri hinduka ryakozwe mu gikorwa cyatangiye {began}, mbere ya saa sita z’ijoro, kandi ryabarwa nk’iryakozwe ku munsi wabanje: rihagarike maze urikore bundi bushya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record was made after this change&apos;s transaction began (at {began}), so the change would be dated before it: roll it back and make it again.</source>
        <translation>Iyi nyandiko yakozwe nyuma y’uko igikorwa cy’iri hinduka gitangira ({began}), bityo iri hinduka ryakwandikwaho igihe kiyibanziriza: rihagarike maze urikore bundi bushya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date} is later than today ({today}): give the day the feedback was received, today at the latest.</source>
        <translation>Itariki {date} iri nyuma y’uyu munsi ({today}): tanga umunsi igitekerezo cyakiriweho, utarenze uyu munsi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date} is later than today ({today}): give the day the person was enrolled, today at the latest. When the training takes place is the programme&apos;s start date.</source>
        <translation>Itariki {date} iri nyuma y’uyu munsi ({today}): tanga umunsi umuntu yiyandikishijeho, utarenze uyu munsi. Igihe amahugurwa abera ni itariki porogaramu itangiriraho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} must be a date of the calendar, not {at}.</source>
        <translation>{label} igomba kuba itariki yo kuri kalendari, si {at}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This {record} has no {name}: fill in its {name} and save it first, then it can be {action}.</source>
        <translation>Iyi nyandiko ({record}) nta {name} ifite: banza wuzuze {name} yayo uyibike, hanyuma ishobore {to_action}.</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Write what was said or done before this {record} is {action}: the note is kept with it.</source>
        <translation>Andika ibyavuzwe cyangwa ibyakozwe mbere y’uko iyi {record} {action}: iyo nyandiko ibikwa hamwe na yo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the {name} before this {record} is {action}: the day it happened, today at the latest.</source>
        <translation>Tanga {name} mbere y’uko iyi {record} {action}: umunsi byabereyeho, uyu munsi cyangwa mbere yaho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {name} cannot be after today, {day}: give the day it happened.</source>
        <translation>Itariki ya {name} ntishobora kuba nyuma y’uyu munsi, {day}: tanga umunsi byabereyeho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {name} cannot be before the {floor_name}, {date}.</source>
        <translation>Itariki ya {name} ntishobora kuba mbere ya {floor_name}, {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the {name} before this {record} is {action}: an amount above zero. If nothing came back, it is written off instead.</source>
        <translation>Tanga {name} mbere y’uko iyi {record} {action}: amafaranga arenze zeru. Niba nta na make yagarujwe, yemerwa nk’igihombo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {name} cannot be more than the {ceiling_name}, {most} {currency}: give what came back, at most that.</source>
        <translation>{label} ntishobora kurenza {ceiling_name}, {most} {currency}: tanga ayagarujwe, atarenze ayo.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>This {record} cannot be {action} after its {name}, {at}. If that is wrong, correct the {name} first.</source>
        <translation>Iyi nyandiko ({record}) ntishobora {to_action} nyuma y’{name}, {at}. Niba ibyo atari byo, banza ukosore {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This shift ended on {at}, so it can no longer be cancelled: mark it completed, or missed if it never started.</source>
        <translation>Iki gihe cy’akazi cyarangiye ku wa {at}, ntikigishobora guhagarikwa: shyiraho ko cyarangiye, cyangwa ko kitakozwe niba kitigeze gitangira.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This shift ended on {at}, so it can no longer be cancelled: mark it completed.</source>
        <translation>Iki gihe cy’akazi cyarangiye ku wa {at}, ntikigishobora guhagarikwa: shyiraho ko cyarangiye.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This shift ended on {at}: its end can be corrected, but not to a moment after now ({now}).</source>
        <translation>Iki gihe cy’akazi cyarangiye ku wa {at}: isaha cyarangiriyeho ishobora gukosorwa, ariko ntishobora gushyirwa nyuma y’ubu ({now}).</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Write what was done, or why this {record} is {action}: the note is kept with it.</source>
        <translation>Andika ibyakozwe, cyangwa impamvu iyi {record} {action}: iyo nyandiko ibikwa hamwe na yo.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The training “{program}” is {state}: nobody is enrolled in it any more, and no enrolment in it is started or completed.</source>
        <translation>Amahugurwa “{program}” ari {state}: nta wundi uyiyandikishamo, kandi nta wiyandikishije uyatangira cyangwa ngo ayarangize.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} was hired on {date}, after the training “{program}” ended on {end}: they cannot be enrolled in it.</source>
        <translation>{name} yakiriwe mu kazi ku wa {date}, nyuma y’uko amahugurwa “{program}” arangiye ku wa {end}: ntashobora kuyandikwamo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} left on {date}, before the training “{program}” started on {start}: they cannot be enrolled in it.</source>
        <translation>{name} yavuye mu kazi ku wa {date}, mbere y’uko amahugurwa “{program}” atangira ku wa {start}: ntashobora kuyandikwamo.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{label} must fall in the years {first} to {last}, not {at}.</source>
        <translation>{label} igomba kuba hagati y’imyaka {first} na {last}, si {at}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+63"/>
        <source>The setting {key} takes a whole number from {least} to {most}.</source>
        <translation>Igenamiterere {key} rifata umubare wuzuye uri hagati ya {least} na {most}.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This value is out of range for the setting: a rate in percent (a key ending in _rate_percent) is from 0 to 100, a leave allowance or how far back leave may start a whole number of days from 0 to 366, an approval threshold 0 or more, the pay day a whole day from 1 to 31, the largest file an upload takes (documents.max_size_mb) from 0.001 to 100 MB.</source>
        <translation>Aka gaciro kari hanze y’imbibi z’iri genamiterere: igipimo ku ijana (urufunguzo rurangirwa na _rate_percent) kiri hagati ya 0 na 100, iminsi y’ikiruhuko yemerewe cyangwa iminsi ikiruhuko gishobora gutangira mbere y’uyu munsi ni umubare wuzuye w’iminsi uri hagati ya 0 na 366, urugero rw’amafaranga rusaba undi kwemeza ni 0 cyangwa birenga, umunsi w’umushahara ni umunsi wuzuye uri hagati ya 1 na 31, ingano nini y’idosiye yoherezwa (documents.max_size_mb) iri hagati ya 0.001 na 100 MB.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="-221"/>
        <source>“{method}” is not a way of paying: choose bank transfer, MTN MoMo, Airtel Money, cheque or cash.</source>
        <translation>“{method}” si uburyo bwo kwishyura: hitamo kohereza kuri banki, MTN MoMo, Airtel Money, sheki cyangwa amafaranga mu ntoki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is the receipt of {expense}: replace it with Replace… on the Receipt field instead.</source>
        <translation>Iyi dosiye ni inyemezabwishyu ya {expense}: yisimbuze ukoresheje Simbuza… ku gice Inyemezabwishyu.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-150"/>
        <source>The training “{program}” is completed: nobody is enrolled in it or starts it any more. Its enrolments still open are marked completed, failed or dropped.</source>
        <translation>Amahugurwa “{program}” yararangiye: nta wundi uyiyandikishamo cyangwa uyatangira. Abayiyandikishijemo bagifunguye banditswe ko barangije, ko byananiranye cyangwa ko bayaretse.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>This {record} begins on {date}, after today ({today}): it can be {action} once it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Iyi nyandiko ({record}) itangira ku wa {date}, nyuma y’uyu munsi ({today}): izashobora {to_action} imaze gutangira. Niba {name} yayo ari ikosa, banza uyikosore uyibike.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>This {record} would last from {since} to {at}, longer than the {most} hours it may last. Give its {name} within {most} hours of its {other}, or correct the {other} first.</source>
        <translation>Iyi nyandiko ({record}) yamara kuva {since} kugeza {at}, birenze amasaha {most} ishobora kumara. Shyiraho {name} mu masaha {most} nyuma y’{other}, cyangwa ubanze ukosore {other}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/leave.py" line="+15"/>
        <source>Your own leave started on {start}: another HR officer cancels it.</source>
        <translation>Ikiruhuko cyawe bwite cyatangiye ku wa {start}: undi mukozi w’ishami ry’abakozi ni we ugihagarika.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no leave balance for the year {year}: choose a year from {first} to {last}.</source>
        <translation>Nta minsi y’ikiruhuko isigaye ibarwa ku mwaka wa {year}: hitamo umwaka uri hagati ya {first} na {last}.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-344"/>
        <source>“{line}” is a line its step wrote: it is not changed or removed by hand. Put the line back as it was shown, or close without saving. Your own note goes on a line of its own.</source>
        <translation>“{line}” ni umurongo wanditswe n’intambwe yawo: ntuhindurwa kandi ntukurwaho n’intoki. Subizaho uwo murongo uko wagaragaraga, cyangwa uvemo utabitse. Icyitonderwa cyawe kijya ku murongo wacyo wihariye.</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>This {record} begins on {date}, after today ({today}): it can be written off only once it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Iyi nyandiko ({record}) itangira ku wa {date}, nyuma y’uyu munsi ({today}): izashobora kwemerwa nk’igihombo imaze gutangira. Niba {name} yayo ari ikosa, banza uyikosore uyibike.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This {record} begins on {date}, after today ({today}): it can be marked recovered only once it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Iyi nyandiko ({record}) itangira ku wa {date}, nyuma y’uyu munsi ({today}): izashobora kwandikwa ko yagarujwe imaze gutangira. Niba {name} yayo ari ikosa, banza uyikosore uyibike.</translation>
    </message>
    <message>
        <location filename="../domain/messages/files.py" line="+6"/>
        <source>“{file}” is the {name} of this {record}: replace it with Replace… on the {label} field instead, or empty that field and save before removing it.</source>
        <translation>“{file}” ni yo dosiye igice {label} kigaragaza: yisimbuze ukoresheje Simbuza… kuri icyo gice, cyangwa ubanze usibe icyo gice ubike mbere yo kuyikuraho.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{file}” is the file of this case document: remove the case document itself (its file goes with it) rather than its file.</source>
        <translation>“{file}” ni yo dosiye y’iyi nyandiko ya dosiye: siba inyandiko ubwayo (dosiye yayo igenda nayo) aho gusiba dosiye yayo gusa.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+7"/>
        <source>This {record} begins on {date}, after today ({today}): {steps} wait until it has begun. If its {name} is a mistake, correct it and save it first.</source>
        <translation>Iyi nyandiko ({record}) itangira ku wa {date}, nyuma y’uyu munsi ({today}): {steps} bizashoboka imaze gutangira. Niba {name} yayo ari ikosa, banza uyikosore uyibike.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>{steps} wait until this {record}&apos;s {name} as saved, {at}. If that is wrong, correct the {name} and save it first.</source>
        <translation>{steps} bizashoboka guhera ku wa {at} ({name} yabitswe y’iyi nyandiko: {record}). Niba ibyo atari byo, banza ukosore {name} maze ubike.</translation>
    </message>
    <message>
        <location filename="../domain/messages/files.py" line="-10"/>
        <source>“{file}” is the file of this case document, and it is never replaced. To correct it, delete the case document and file a new one.</source>
        <translation>“{file}” ni yo dosiye y’iyi nyandiko ya dosiye, kandi ntisimburwa. Kugira ngo uyikosore, siba iyo nyandiko maze ushyireho indi nshya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case document already has its file, “{file}”: a case document holds one file. File another case document for another file.</source>
        <translation>Iyi nyandiko ya dosiye isanzwe ifite dosiye yayo, “{file}”: inyandiko ya dosiye igira dosiye imwe gusa. Ku yindi dosiye, shyiraho indi nyandiko ya dosiye.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-62"/>
        <source>The job posting “{posting}” is {state}: no candidate is filed on it or moved on any more. Its candidates can still be rejected or withdrawn.</source>
        <translation>Itangazo ry’akazi “{posting}” ari {state}: nta mukandida ukiryandikwaho cyangwa ngo ajye ku ntambwe ikurikira. Abakandida baryo baracyashobora kwangwa cyangwa kwikura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job posting “{posting}” is not published yet: publish it first, then file its candidates.</source>
        <translation>Itangazo ry’akazi “{posting}” ntiriratangazwa: banza uritangaze, hanyuma wandike abakandida baryo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job posting “{posting}” is closed: it takes no new candidate. Its own candidates still move on; reopen the posting to file another.</source>
        <translation>Itangazo ry’akazi “{posting}” ryarafunzwe: ntirikira umukandida mushya. Abakandida baryo bo barakomeza intambwe zikurikira; ongera urifungure kugira ngo wandike undi.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="+154"/>
        <source>{name}&apos;s payslip from {start} to {end} is still pending and pays the whole period. Cancel that payroll run first, then take this step, then run the month again: the new run pays them only up to the day their pay stops. Nothing was changed.</source>
        <translation>Urupapuro rw’umushahara rwa {name} kuva ku wa {start} kugeza ku wa {end} ruracyategereje kandi rwishyura igihe cyose. Banza uhagarike iyo mibare y’imishahara, hanyuma ukore iyi ntambwe, maze wongere ubare imishahara y’uko kwezi: imibare mishya izamwishyura gusa kugeza ku munsi umushahara we uhagarara. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+45"/>
        <source>The key of the setting {key} cannot be changed: a setting&apos;s key is fixed once made, because DICEL finds its settings by their keys. Change its value instead. Nothing was changed.</source>
        <translation>Urufunguzo rw’igenamiterere {key} ntirushobora guhindurwa: urufunguzo rw’igenamiterere ntiruhinduka rumaze gushyirwaho, kuko DICEL ibona amagenamiterere yayo ikoresheje imfunguzo zayo. Ahubwo hindura agaciro karyo. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} cannot be deleted: DICEL reads it, and without it the rules it sets would no longer apply. Change its value instead. Nothing was changed.</source>
        <translation>Igenamiterere {key} ntirishobora gusibwa: DICEL irarisoma, kandi ritabaye amategeko rishyiraho ntiyakomeza gukurikizwa. Ahubwo hindura agaciro karyo. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/finance.py" line="-210"/>
        <source>Invoice {invoice} totals {amount} {currency}: an invoice is issued for what the client owes. Correct its lines first, or cancel it.</source>
        <translation>Fagitire {invoice} ingana na {amount} {currency}: fagitire itangirwa ibyo umukiriya abereyemo. Banza ukosore imirongo yayo, cyangwa uyihagarike.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is dated {date}: it can be issued only when dated from {earliest} to {latest}. Correct its date first.</source>
        <translation>Fagitire {invoice} yanditseho itariki ya {date}: ishobora gutangwa gusa iyo itariki yayo iri hagati ya {earliest} na {latest}. Banza ukosore itariki yayo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{item}: {quantity} of it are worth {amount} {currency}, more than one movement can record. Check the quantity, or record it as several movements.</source>
        <translation>{item}: {quantity} bifite agaciro ka {amount} {currency}, kurenza ako iyimuka rimwe rishobora kwandika. Reba umubare, cyangwa ubyandike mu yimuka menshi.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="-17"/>
        <source>One movement moves at most {most} pieces, not {quantity}. Check the quantity, or record it as several movements.</source>
        <translation>Iyimuka rimwe ryimura ibintu {most} gusa ku bwinshi, si {quantity}. Reba umubare, cyangwa ubyandike mu yimuka menshi.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+6"/>
        <source>Applications to this job posting closed on {date}, before today ({today}): set a later closing date, or clear it, and save; then publish or resume it.</source>
        <translation>Gusaba aka kazi byafunzwe ku wa {date}, mbere y’uyu munsi ({today}): shyiraho itariki yo gufunga iri imbere, cyangwa uyisibe, ubike; hanyuma ugatangaza itangazo cyangwa ukarikomeza.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="+6"/>
        <source>{line}: one receipt takes at most {most} of a line, not {quantity}. Check the number, or receive the rest in another receipt. Nothing was received.</source>
        <translation>{line}: iyakira rimwe ryakira {most} gusa ku murongo umwe, si {quantity}. Reba umubare, cyangwa wakire ibisigaye mu iyakira rindi. Nta cyakiriwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-137"/>
        <source>{name}&apos;s login is deactivated: an asset is given only to someone who still works here. Choose another holder, or leave Assigned to empty. Your other values are kept.</source>
        <translation>Konti ya {name} yahagaritswe: igikoresho gihabwa gusa umuntu ugikora hano. Hitamo undi ugifata, cyangwa usige &quot;Cyahawe&quot; ari ubusa. Ibindi wanditse birabitswe.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>No decision was given: approve or reject. Nothing was changed.</source>
        <translation>Nta cyemezo cyatanzwe: emeza cyangwa wange. Nta kintu cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-93"/>
        <source>This is the login of employee {employee}, who is suspended: it stays inactive until HR reinstates them (Reinstate… on their employee record).</source>
        <translation>Iyi ni konti y’umukozi {employee}, wahagaritswe by’agateganyo: iguma ifunze kugeza ishami ry’abakozi rimusubije mu kazi (Musubize mu kazi… ku dosiye ye y’umukozi).</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+422"/>
        <source>This {record} says nothing yet: fill in at least one of its {fields}, and save it first; then it can be {action}.</source>
        <translation>Iyi nyandiko ({record}) nta cyo iravuga: banza wuzuze nibura kimwe muri ibi: {fields}, uyibike; hanyuma ishobore {to_action}.</translation>
    </message>
    <message>
        <location filename="../gui/error_sentences.py" line="+135"/>
        <source>%1 or %2</source>
        <translation>%1 cyangwa %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>%1 on %2</source>
        <translation>%1 ku wa %2</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="+6"/>
        <source>Employee {employee} is suspended: no login is linked to them until HR reinstates them (Reinstate… on their employee record). Nothing was changed.</source>
        <translation>Umukozi {employee} yahagaritswe by’agateganyo: nta konti ihuzwa na we kugeza ishami ry’abakozi rimusubije mu kazi (Musubize mu kazi… ku dosiye ye y’umukozi). Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>DICEL reads no setting {key}: a setting of that name would change nothing. Choose the key from the list of the settings DICEL reads, in Administration, System settings, New. Nothing was changed.</source>
        <translation>DICEL ntisoma igenamiterere {key}: igenamiterere ry’iryo zina nta cyo ryahindura. Hitamo urufunguzo mu rutonde rw’amagenamiterere DICEL isoma, muri Ubuyobozi, Amagenamiterere ya sisitemu, Gishya. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The setting {key} is of type {other_type}: DICEL reads it so, and under another type its value would be ignored. Keep the type {other_type}. Nothing was changed.</source>
        <translation>Igenamiterere {key} ni ubwoko bwa {other_type}: DICEL irisoma gutyo, kandi mu bundi bwoko agaciro karyo ntikazitabwaho. Gumana ubwoko {other_type}. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PAYE bands are a list of at least one band, each with its upper limit and its rate, in square brackets: [{{&quot;upto&quot;: 60000, &quot;rate&quot;: 0}}, {{&quot;upto&quot;: null, &quot;rate&quot;: 30}}]. Nothing was changed.</source>
        <translation>Ibyiciro bya PAYE ni urutonde rw’icyiciro kimwe nibura, buri cyiciro gifite urugero rwacyo rwo hejuru n’igipimo cyacyo, hagati y’utwugarizo: [{{&quot;upto&quot;: 60000, &quot;rate&quot;: 0}}, {{&quot;upto&quot;: null, &quot;rate&quot;: 30}}]. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PAYE band {band} needs its upper limit (&quot;upto&quot;) and its rate (&quot;rate&quot;), as {{&quot;upto&quot;: 100000, &quot;rate&quot;: 10}}. Nothing was changed.</source>
        <translation>Icyiciro cya PAYE {band} gikeneye urugero rwacyo rwo hejuru (&quot;upto&quot;) n’igipimo cyacyo (&quot;rate&quot;), nka {{&quot;upto&quot;: 100000, &quot;rate&quot;: 10}}. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate of PAYE band {band} is a number from 0 to 100 (percent), written without quotes or a % sign. Nothing was changed.</source>
        <translation>Igipimo cy’icyiciro cya PAYE {band} ni umubare uri hagati ya 0 na 100 (ku ijana), wanditse nta tumenyetso tw’amagambo cyangwa ikimenyetso %. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upper limit (&quot;upto&quot;) of PAYE band {band} is a whole number of RWF, without quotes or spaces, above the limit of the band before it. Nothing was changed.</source>
        <translation>Urugero rwo hejuru (&quot;upto&quot;) rw’icyiciro cya PAYE {band} ni umubare wuzuye wa RWF, nta tumenyetso tw’amagambo cyangwa imyanya, urenze urugero rw’icyiciro kibanziriza. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAYE band {band} has no upper limit (&quot;upto&quot;: null), but only the last band is open: give it a limit, or remove the bands after it. Nothing was changed.</source>
        <translation>Icyiciro cya PAYE {band} nta rugero rwo hejuru gifite (&quot;upto&quot;: null), ariko icyiciro cya nyuma ni cyo cyonyine kidafite urugero: gihe urugero, cyangwa ukureho ibyiciro bigikurikira. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last PAYE band (band {band}) has no upper limit (&quot;upto&quot;: null), so that every gross above the others is taxed. Nothing was changed.</source>
        <translation>Icyiciro cya nyuma cya PAYE (icyiciro {band}) nta rugero rwo hejuru kigira (&quot;upto&quot;: null), kugira ngo umushahara mbumbe wose urenze ibindi byiciro usoreshwe. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-270"/>
        <source>{name}&apos;s login is deactivated: the asset does not go back into service with them. Put it in storage, or choose another holder in Assigned to first.</source>
        <translation>Konti ya {name} yahagaritswe: igikoresho ntikisubira mu kazi gifitwe na we. Gishyire mu bubiko, cyangwa ubanze uhitemo undi ugifite muri Byashinzwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="-99"/>
        <source>{label} “{value}” is not a phone number{cause}: type a Rwandan number like +250 788 123 456 or 0788 123 456, or a foreign one with its country code, like +254 712 345 678.</source>
        <translation>{label} “{value}” si nomero ya telefoni{cause}: andika nomero yo mu Rwanda nka +250 788 123 456 cyangwa 0788 123 456, cyangwa iyo mu mahanga ifite kode y’igihugu cyayo, nka +254 712 345 678.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The emergency contact&apos;s phone “{value}” is not a phone number{cause}: type a Rwandan number like +250 788 123 456 or 0788 123 456, or a foreign one with its country code, like +254 712 345 678.</source>
        <translation>Telefoni y’uwo guhamagara mu gihe cy’ibyago “{value}” si nomero ya telefoni{cause}: andika nomero yo mu Rwanda nka +250 788 123 456 cyangwa 0788 123 456, cyangwa iyo mu mahanga ifite kode y’igihugu cyayo, nka +254 712 345 678.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} “{value}” is not an e-mail address{cause}: type one like name@example.rw.</source>
        <translation>{label} “{value}” si aderesi ya imeri{cause}: andika imeze nka izina@urugero.rw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The emergency contact&apos;s e-mail “{value}” is not an e-mail address{cause}: type one like name@example.rw.</source>
        <translation>Imeri y’uwo guhamagara mu gihe cy’ibyago “{value}” si aderesi ya imeri{cause}: andika imeze nka izina@urugero.rw.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-81"/>
        <source>The setting {key} takes a whole number of days from {least} to {most}: leave is counted in whole days, and a year has at most 366.</source>
        <translation>Igenamiterere {key} rifata umubare wuzuye w’iminsi uri hagati ya {least} na {most}: ikiruhuko kibarwa mu minsi yuzuye, kandi umwaka ugira iminsi 366 gusa ku bwinshi.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Add at least one band: the payroll runs take PAYE by these bands.</source>
        <translation>Ongeraho nibura icyiciro kimwe: imishahara ikata PAYE hakurikijwe ibi byiciro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band {band} needs its upper limit and its rate.</source>
        <translation>Icyiciro {band} gikeneye urugero rwacyo rwo hejuru n’igipimo cyacyo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band {band}: the rate is a percent from 0 to 100.</source>
        <translation>Icyiciro {band}: igipimo ni ijanisha riri hagati ya 0 na 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band {band}: “Up to” is a whole amount of RWF, above the “Up to” of the band before it.</source>
        <translation>Icyiciro {band}: “Kugeza kuri” ni amafaranga yuzuye ya RWF, arenze “Kugeza kuri” y’icyiciro kikibanziriza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Band {band}: “Up to” is blank, but only the last band is open (“and above”). Give it an upper limit, or remove the bands after it.</source>
        <translation>Icyiciro {band}: “Kugeza kuri” nta cyanditsemo, ariko icyiciro cya nyuma ni cyo cyonyine kidafite urugero (“no hejuru yayo”). Gishyirireho urugero rwo hejuru, cyangwa ukureho ibyiciro bigikurikira.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band {band} is the last: leave its “Up to” blank, so that it taxes every gross above the bands before it.</source>
        <translation>Icyiciro {band} ni icya nyuma: siga “Kugeza kuri” yacyo nta cyanditsemo, kugira ngo gisoreshe umushahara mbumbe wose urenze ibyiciro bikibanziriza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band {band}, {column}: {problem}</source>
        <translation>Icyiciro {band}, {column}: {problem}</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No employee has the number {employee}: check it on the person&apos;s employee record, or leave the employee number empty. Nothing was changed.</source>
        <translation>Nta mukozi ufite nomero {employee}: yirebe ku dosiye y’umukozi w’uwo muntu, cyangwa usige nomero y’umukozi ari ubusa. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+136"/>
        <source>This job posting is open or on hold: its closing date cannot be {date}, before today ({today}). Set today or a later date, or clear it; to stop applications now, use Close applications… instead. Nothing was changed.</source>
        <translation>Iri tangazo ry’akazi rirafunguye cyangwa ryahagaritswe by’agateganyo: itariki yo gufunga ntishobora kuba {date}, mbere y’uyu munsi ({today}). Shyiraho uyu munsi cyangwa itariki iri imbere, cyangwa uyisibe; kugira ngo uhagarike kwakira ubusabe ubu, koresha Funga kwakira ubusabe… aho. Nta cyahinduwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/purchasing.py" line="+6"/>
        <source>{line} is named {times} times in this receipt: a receipt names each line once. Add the quantities up on one line. Nothing was received.</source>
        <translation>{line} yanditswe inshuro {times} muri iri yakira: iyakira rivuga buri murongo rimwe gusa. Teranya ingano ku murongo umwe. Nta cyakiriwe.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="-243"/>
        <source>“{line}” is a line its step wrote, moved among the others: lines a step wrote stay in the order they were written. Put it back where it was, or close without saving.</source>
        <translation>“{line}” ni umurongo wanditswe n’intambwe yawo, wimuwe mu yindi: imirongo intambwe yanditse iguma ku murongo yanditsweho. Wusubize aho wari uri, cyangwa ufunge utabitse.</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="+33"/>
        <source>The login&apos;s {name} “{value}” is not a phone number, and this save writes the login too. It is not on this form: an administrator corrects it on the user&apos;s record, then save again.</source>
        <translation>{name} ya konti yo kwinjira “{value}” si nomero ya telefoni, kandi kubika ibi bihindura na konti. Ntiri kuri iyi fomu: umuyobozi wa sisitemu ayikosora ku ifishi y’ukoresha, hanyuma wongere ubike.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {record}&apos;s {name} “{value}” is not a phone number, and this save writes that {record} too. It is not on this form: correct it on the {record} itself, or ask whoever keeps it, then save again.</source>
        <translation>{name} ya {record} “{value}” si nomero ya telefoni, kandi kubika ibi bihindura na {record}. Ntiri kuri iyi fomu: uyikosore kuri {record} ubwayo, cyangwa ubisabe uyishinzwe, hanyuma wongere ubike.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {record}&apos;s {name} “{value}” is not an e-mail address, and this save writes that {record} too. It is not on this form: correct it on the {record} itself, or ask whoever keeps it, then save again.</source>
        <translation>{name} ya {record} “{value}” si aderesi ya imeri, kandi kubika ibi bihindura na {record}. Ntiri kuri iyi fomu: uyikosore kuri {record} ubwayo, cyangwa ubisabe uyishinzwe, hanyuma wongere ubike.</translation>
    </message>
    <message>
        <location filename="../domain/messages/workflow.py" line="+252"/>
        <source>This job posting is open: its closing date cannot be {date}, before today ({today}). Set today or a later date, or clear it; to stop applications now, use Close applications… instead.</source>
        <translation>Iri tangazo ry’akazi rirafunguye: itariki yo gufunga ntishobora kuba {date}, mbere y’uyu munsi ({today}). Shyiraho uyu munsi cyangwa itariki iri imbere, cyangwa uyisibe; kugira ngo uhagarike kwakira ubusabe ubu, koresha Funga kwakira ubusabe… aho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This job posting is on hold: its closing date cannot be {date}, before today ({today}). Set today or a later date, or clear it; to stop applications for good, use Close applications… instead.</source>
        <translation>Iri tangazo ry’akazi ryahagaritswe by’agateganyo: itariki yo gufunga ntishobora kuba {date}, mbere y’uyu munsi ({today}). Shyiraho uyu munsi cyangwa itariki iri imbere, cyangwa uyisibe; kugira ngo uhagarike burundu kwakira ubusabe, koresha Funga kwakira ubusabe… aho.</translation>
    </message>
    <message>
        <location filename="../domain/messages/accounts.py" line="-88"/>
        <source>Employee number {employee_number} already has a login: {holder} ({holder_email}). Give the new login another number, or leave it empty.</source>
        <translation>Nomero y’umukozi {employee_number} isanzwe ifite konti: {holder} ({holder_email}). Ha konti nshya indi nomero, cyangwa uyireke ubusa.</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Give band {band} its rate, in percent.</source>
        <translation>Ha icyiciro {band} igipimo cyacyo, ku ijana.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>{subject} takes a value from {least} to {most}.</source>
        <translation>{subject}: agaciro kemewe ni kuva kuri {least} kugeza kuri {most}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} takes a whole number from {least} to {most}.</source>
        <translation>{subject}: hemewe umubare wuzuye kuva kuri {least} kugeza kuri {most}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} takes a whole number of days from {least} to {most}: leave is counted in whole days, and a year has at most 366.</source>
        <translation>{subject}: hemewe umubare wuzuye w’iminsi kuva kuri {least} kugeza kuri {most}: ikiruhuko kibarwa mu minsi yuzuye, kandi umwaka ugira iminsi 366 gusa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{subject} takes a value of {least} or more.</source>
        <translation>{subject}: agaciro kemewe ni {least} cyangwa kurenzaho.</translation>
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
        <translation>Telefoni y’ikigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company&apos;s e-mail</source>
        <translation>Imeri y’ikigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>This rate</source>
        <translation>Iki gipimo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This threshold</source>
        <translation>Uru rugero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number of days</source>
        <translation>Uyu mubare w’iminsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pay day</source>
        <translation>Umunsi wo guhembwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The largest file size</source>
        <translation>Ingano nini ya dosiye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This allowance</source>
        <translation>Uru ruhushya</translation>
    </message>
    <message>
        <location filename="../domain/messages/records.py" line="-38"/>
        <source>The emergency contact has a phone but no name: type the name of the person to call, or clear the contact.</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago afite telefoni ariko nta zina: andika izina ry’uwo guhamagara, cyangwa usibe uwo muntu wose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The emergency contact has no phone: type a number to reach them, or clear the contact.</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago nta telefoni afite: andika nomero yo kumubonaho, cyangwa usibe uwo muntu wose.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>two numbers: one number per box</source>
        <translation>nomero ebyiri: nomero imwe gusa mu kazu kamwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters: a phone number is digits</source>
        <translation>harimo inyuguti: nomero ya telefoni igizwe n’imibare gusa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mark no phone number has: only digits, spaces, hyphens, dots and brackets</source>
        <translation>ikimenyetso kitaba muri nimero ya telefoni: imibare gusa, imyanya, udukoni, utudomo n’udukubo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a + inside: it goes only in front</source>
        <translation>+ iri hagati: ijya imbere gusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a blank at the start or end: remove it</source>
        <translation>umwanya mu ntangiriro cyangwa ku iherezo: wukureho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brackets astray: one pair at most, opened first, with digits inside</source>
        <translation>udukubo tutari mu mwanya watwo: agakubo kamwe gusa, gafunguwe mbere, karimo imibare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a hyphen, dot or blank at an end or right after the +: remove it</source>
        <translation>agakoni, akadomo cyangwa umwanya ku mpera cyangwa nyuma ya +: bikureho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>00 at the start: write + instead</source>
        <translation>00 imbere: andika + mu mwanya wabyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{digits} digits: a phone number has 7 to 15</source>
        <translation>imibare {digits}: nomero ya telefoni igira imibare kuva kuri 7 kugeza kuri 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 0 after the +: leave it out after the country code</source>
        <translation>0 nyuma ya +: ntuyandike nyuma ya kode y’igihugu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{digits} digits: a number starting with 0 has 10</source>
        <translation>imibare {digits}: nomero itangirwa na 0 igira imibare 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{digits} digits: a number starting with 250 has 12</source>
        <translation>imibare {digits}: nomero itangirwa na 250 igira imibare 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no 0 or country code: a Rwandan number starts with 0 or +250</source>
        <translation>nta 0 cyangwa kode y’igihugu: nomero yo mu Rwanda itangirwa na 0 cyangwa +250</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two addresses: one per box</source>
        <translation>aderesi ebyiri: imwe gusa mu kazu kamwe</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The emergency contact has neither a name nor a phone: type both, or clear the contact.</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago nta zina nta na telefoni afite: andika byombi, cyangwa usibe uwo muntu wose.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The emergency contact is one person, each part a text in quotes, as {{&quot;name&quot;: &quot;Ana Uwera&quot;, &quot;relationship&quot;: &quot;Sister&quot;, &quot;phone&quot;: &quot;0788 123 456&quot;}} (an &quot;email&quot; too if they have one): correct it, or clear the contact.</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago ni umuntu umwe, buri gice cyanditswe nk’amagambo ari hagati y’utumenyetso tw’amagambo, nka {{&quot;name&quot;: &quot;Ana Uwera&quot;, &quot;relationship&quot;: &quot;Sister&quot;, &quot;phone&quot;: &quot;0788 123 456&quot;}} (na &quot;email&quot; niba ayifite): bikosore, cyangwa usibe uwo muntu wose.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="schema_words.py" line="-746"/>
        <source>Aborted</source>
        <translation>Byahagaritswe bitarangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Ibyerekeye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Ntiyaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Izina rya konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Nomero ya konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>Ubwoko bwa konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Byamenyeshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken</source>
        <translation>Ibyakozwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activated</source>
        <translation>Byatangijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Ari mu kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual completion date</source>
        <translation>Itariki nyayo yo kurangiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Aderesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>Ihindura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Ubuyobozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airtel Money</source>
        <translation>Airtel Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated amount</source>
        <translation>Amafaranga yagenewe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowances</source>
        <translation>Insimburamubyizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost certain</source>
        <translation>Bizaba nta kabuza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and delivery</source>
        <translation>Amafaranga n’igezwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount involved</source>
        <translation>Amafaranga arimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Ibya buri mwaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual leave</source>
        <translation>Ikiruhuko cy’umwaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Yasabye akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Kwemeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals</source>
        <translation>Ibyemezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Byemejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Byemejwe na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved date</source>
        <translation>Itariki byemerejweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Uwemeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Byabitswe mu bushyinguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas for improvement</source>
        <translation>Ibigomba kunozwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Isesengura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment date</source>
        <translation>Itariki y’isesengura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment number</source>
        <translation>Nomero y’isesengura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset name</source>
        <translation>Izina ry’igikoresho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset repossession</source>
        <translation>Kugaruza imitungo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset tag</source>
        <translation>Nomero y’igikoresho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset type</source>
        <translation>Ubwoko bw’igikoresho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Byashinzwe umuntu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned location</source>
        <translation>Aho yoherejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Byashinzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment type</source>
        <translation>Ubwoko bw’inshingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Inshingano z’abarinzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>Byometse kuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Kwitabira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance record</source>
        <translation>Kwitabira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records</source>
        <translation>Ibyanditswe ku kwitabira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit date</source>
        <translation>Itariki y’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Igitabo cy’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entry</source>
        <translation>Icyanditswe mu gitabo cy’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit logs</source>
        <translation>Ibitabo by’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit number</source>
        <translation>Nomero y’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit scope</source>
        <translation>Ibyo igenzura rireba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit type</source>
        <translation>Ubwoko bw’igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Umugenzuzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audits</source>
        <translation>Igenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bailiff report</source>
        <translation>Raporo y’umuhesha w’inkiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Iminsi isigaye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>Banki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details</source>
        <translation>Amakuru ya banki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Kohereza kuri banki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic salary</source>
        <translation>Umushahara fatizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Yazitiwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boolean</source>
        <translation>Yego/oya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought into force</source>
        <translation>Byatangiye gukurikizwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Ingengo y’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget category</source>
        <translation>Icyiciro cy’ingengo y’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budgets</source>
        <translation>Ingengo y’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU usage</source>
        <translation>Ikoreshwa rya CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called to interview</source>
        <translation>Yatumiwe mu kiganiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras offline</source>
        <translation>Kamera zitari ku murongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Ubukangurambaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Izina ry’ubukangurambaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign type</source>
        <translation>Ubwoko bw’ubukangurambaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Ubukangurambaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Umukandida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Abakandida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Dosiye yo kugaruza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case document</source>
        <translation>Inyandiko ya dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case documents</source>
        <translation>Inyandiko za dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Nomero ya dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case type</source>
        <translation>Ubwoko bwa dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Icyemezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>Impamyabushobozi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Byahinduwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Kugera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check out</source>
        <translation>Kugenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints</source>
        <translation>Aho kugenzura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints completed</source>
        <translation>Aho kugenzura harangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Sheki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client code</source>
        <translation>Kode y’umukiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client mandate</source>
        <translation>Amasezerano n’umukiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client support tickets</source>
        <translation>Ubusabe bw’ubufasha bw’abakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client type</source>
        <translation>Ubwoko bw’umukiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Abakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed lost</source>
        <translation>Byatakaye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed won</source>
        <translation>Byatsindiwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing date</source>
        <translation>Itariki yo gufunga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold call</source>
        <translation>Guhamagara abakiriya bashya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Igitekerezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Izina ry’ikigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compassionate</source>
        <translation>Akababaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compassionate leave</source>
        <translation>Ikiruhuko cy’akababaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Ikirego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion date</source>
        <translation>Itariki yo kurangiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance</source>
        <translation>Kubahiriza amategeko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance audits</source>
        <translation>Igenzura ry’iyubahirizwa ry’amategeko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance policies</source>
        <translation>Politiki z’iyubahirizwa ry’amategeko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment</source>
        <translation>Ishimwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Amahuza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Uwo kuvugana na we</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Umuntu wo kuvugana na we</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Yavuganywe na we</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Ibirimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Amasezerano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract number</source>
        <translation>Nomero y’amasezerano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract type</source>
        <translation>Ubwoko bw’amasezerano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracts</source>
        <translation>Amasezerano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>Byabyaye isoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporate</source>
        <translation>Ikigo cy’ubucuruzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Ikiguzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court filing</source>
        <translation>Ikirego cyatanzwe mu rukiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter</source>
        <translation>Ibaruwa isaba akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Byashyizweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at</source>
        <translation>Byashyizweho ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Byashyizweho na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Iyinjira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Biteye inkeke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current stock</source>
        <translation>Ibiri mu bubiko ubu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer Experience</source>
        <translation>Serivisi ku bakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer feedback</source>
        <translation>Ibitekerezo by’abakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer surveys</source>
        <translation>Ubushakashatsi ku bakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Kurinda amakuru bwite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Itariki y’amavuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Amatariki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Umunsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days requested</source>
        <translation>Iminsi yasabwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Isohoka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor list</source>
        <translation>Urutonde rw’abarimo imyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Icyemezo cyafashwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Icyemezo cyafashwe na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Icyemezo cyafashwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Icyemezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions</source>
        <translation>Ibikurwaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deductions in detail</source>
        <translation>Ibikurwaho birambuye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Byasibwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demand letter</source>
        <translation>Ibaruwa yo kwishyuza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Ishami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>Amashami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct mail</source>
        <translation>Amabaruwa yoherezwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discontinued</source>
        <translation>Byahagaritswe burundu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk usage</source>
        <translation>Ikoreshwa rya disiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed</source>
        <translation>Byajugunywe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed of</source>
        <translation>Byajugunywe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disqualified</source>
        <translation>Ntiyujuje ibisabwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document name</source>
        <translation>Izina ry’inyandiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Ubwoko bw’inyandiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Imigereka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Byaretswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Itariki ntarengwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education level</source>
        <translation>Amashuri yize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Itariki bitangira gukurikizwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Uwo guhamagara mu gihe cy’ibyago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Nomero y’umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>Abakozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment type</source>
        <translation>Ubwoko bw’amasezerano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Itariki yo kurangira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Isaha yo kurangira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Yiyandikishije</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment date</source>
        <translation>Itariki yo kwiyandikisha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated value</source>
        <translation>Agaciro gateganyijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Igikorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 hours</source>
        <translation>Buri masaha 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected delivery</source>
        <translation>Igezwa riteganyijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense category</source>
        <translation>Icyiciro cy’ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense date</source>
        <translation>Itariki y’ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense number</source>
        <translation>Nomero y’ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>Ikoreshwa ry’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Byarangiye igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Byo hanze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Byananiranye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Ibitekerezo by’abakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback date</source>
        <translation>Itariki y’igitekerezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback type</source>
        <translation>Ubwoko bw’igitekerezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Izina rya dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Yabonye umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance approval</source>
        <translation>Kwemeza kw’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial accounts</source>
        <translation>Konti z’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Ibyagaragaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Izina bwite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>Umwaka w’ingengo y’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Inshuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frozen</source>
        <translation>Byahagaritswe by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full time</source>
        <translation>Igihe cyose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals achieved</source>
        <translation>Intego zagezweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <translation>Inzego za Leta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Amanota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard</source>
        <translation>Ushinzwe umutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard number</source>
        <translation>Nomero y’ushinzwe umutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guards</source>
        <translation>Abashinzwe umutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half day</source>
        <translation>Igice cy’umunsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover note</source>
        <translation>Inyandiko y’ihererekanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Biri hejuru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>Itariki yo gutangira akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hired</source>
        <translation>Yahawe akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday</source>
        <translation>Umunsi w’ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Iminsi y’ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly</source>
        <translation>Buri saha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human Resources</source>
        <translation>Imicungire y’abakozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>Aderesi ya IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT</source>
        <translation>Ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT asset</source>
        <translation>Igikoresho cy’ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT assets</source>
        <translation>Ibikoresho by’ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT support tickets</source>
        <translation>Ubusabe bw’ubufasha muri IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT ticket</source>
        <translation>Ubusabe bw’ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT tickets</source>
        <translation>Ubusabe bw’ikoranabuhanga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Byinjiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Birakorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In repair</source>
        <translation>Biri gukorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In storage</source>
        <translation>Biri mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Ntari mu kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Icyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident date</source>
        <translation>Itariki y’icyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident number</source>
        <translation>Nomero y’icyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident type</source>
        <translation>Ubwoko bw’icyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Ibyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents reported</source>
        <translation>Ibyabaye byamenyeshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Urwego rw’ubucuruzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insignificant</source>
        <translation>Nta cyo bitwaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructor</source>
        <translation>Umwarimu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intern</source>
        <translation>Uwimenyereza umwuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Iby’imbere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Ikiganiro cy’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview date</source>
        <translation>Itariki y’ikiganiro cy’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>Ububiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory items</source>
        <translation>Ibicuruzwa biri mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory of equipment</source>
        <translation>Ibarura ry’ibikoresho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory transactions</source>
        <translation>Iyinjira n’isohoka ry’ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>Harakorwa iperereza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice copies</source>
        <translation>Kopi za fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>Itariki ya fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice debt</source>
        <translation>Umwenda wa fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice items</source>
        <translation>Ibiri kuri fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice line</source>
        <translation>Umurongo wa fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice lines</source>
        <translation>Imirongo ya fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Nomero ya fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Fagitire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Igicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Kode y’igicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item name</source>
        <translation>Izina ry’igicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job posting</source>
        <translation>Itangazo ry’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job postings</source>
        <translation>Amatangazo y’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup age</source>
        <translation>Igihe kuva ububiko bw’inyuma bwa nyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Igihe yinjiriye bwa nyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last maintenance</source>
        <translation>Isanwa riheruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Izina ry’umuryango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Yakererewe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Igihe cyo gusubiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched</source>
        <translation>Byatangijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Umukiriya ushoboka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead number</source>
        <translation>Nomero y’umukiriya ushoboka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Abakiriya bashoboka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave request</source>
        <translation>Gusaba ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave requests</source>
        <translation>Ubusabe bw’ibiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave type</source>
        <translation>Ubwoko bw’ikiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Urwego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood</source>
        <translation>Amahirwe yo kubaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely</source>
        <translation>Birashoboka cyane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Umurongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Imirongo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Urutonde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Aho biri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>Yinjiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Konti yo kwinjira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Byatakaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Biri hasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTN MoMo</source>
        <translation>MTN MoMo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Bikomeye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Umuyobozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager approval</source>
        <translation>Kwemeza k’umuyobozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate letter</source>
        <translation>Ibaruwa y’ubuhagarariye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Uwakoze igikoresho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked acknowledged</source>
        <translation>Byanditswe ko byamenyeshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked back from leave</source>
        <translation>Byanditswe ko yagarutse avuye mu kiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked contacted</source>
        <translation>Byanditswe ko yavuganywe na we</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked dropped</source>
        <translation>Byanditswe ko byaretswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked expired</source>
        <translation>Byanditswe ko byarangiye igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked failed</source>
        <translation>Byanditswe ko byananiranye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked filled</source>
        <translation>Byanditswe ko yabonye umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked found</source>
        <translation>Byanditswe ko byabonetse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked inactive</source>
        <translation>Byanditswe ko bidakora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked lost</source>
        <translation>Byanditswe ko byatakaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked missed</source>
        <translation>Byanditswe ko bitakozwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked on leave</source>
        <translation>Byanditswe ko ari mu kiruhuko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked recovered</source>
        <translation>Byanditswe ko byagarujwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked renewed</source>
        <translation>Byanditswe ko byavuguruwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked won</source>
        <translation>Byanditswe ko byatsindiwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing campaigns</source>
        <translation>Ubukangurambaga bwo kwamamaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity</source>
        <translation>Kubyara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maternity leave</source>
        <translation>Ikiruhuko cyo kubyara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max applications</source>
        <translation>Ubusabe ntarengwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max participants</source>
        <translation>Abitabira ntarengwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum stock</source>
        <translation>Ingano nini mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>Ubwoko bwa dosiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Biri hagati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory usage</source>
        <translation>Ikoreshwa ry’ububiko bw’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric name</source>
        <translation>Igipimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric unit</source>
        <translation>Igipimo cy’urugero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric value</source>
        <translation>Agaciro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum stock</source>
        <translation>Ingano ntoya mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Byoroheje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Bitakozwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigating</source>
        <translation>Harimo kugabanya ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation measures</source>
        <translation>Ingamba zo kugabanya ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Biringaniye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Birakurikiranwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring reading</source>
        <translation>Igipimo cyo gukurikirana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Ibindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>Umuryango utari uwa Leta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Imishyikirano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net salary</source>
        <translation>Umushahara usigaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Bishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New values</source>
        <translation>Indangagaciro nshya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next goals</source>
        <translation>Intego zikurikira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next maintenance</source>
        <translation>Isanwa rikurikira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>Ijoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nightly</source>
        <translation>Buri joro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bisanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Yahawe icyifuzo cy’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered the job</source>
        <translation>Yahawe icyifuzo cy’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old values</source>
        <translation>Indangagaciro za kera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Byahagaritswe by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On leave</source>
        <translation>Ari mu kiruhuko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Bifunguye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Amahirwe y’isoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity</source>
        <translation>Amahirwe y’isoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity number</source>
        <translation>Nomero y’amahirwe y’isoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order approval</source>
        <translation>Kwemeza itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order approvals</source>
        <translation>Kwemeza itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Itariki y’itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order line</source>
        <translation>Umurongo w’itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines</source>
        <translation>Imirongo y’itumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Aho itumiza rigeze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Byatumijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Byasohotse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor</source>
        <translation>Ibyapa byo hanze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall rating</source>
        <translation>Isuzuma rusange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Byarengeje igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Nyirabyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO number</source>
        <translation>Nomero y’urupapuro rwo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet loss</source>
        <translation>Amakuru yatakaye mu nzira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid date</source>
        <translation>Itariki yo kwishyura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid from</source>
        <translation>Byishyuwe bivuye kuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Byishyuwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part time</source>
        <translation>Igice cy’igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Byishyuwe igice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially received</source>
        <translation>Byakiriwe igice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password hash</source>
        <translation>Ijambo ry’ibanga rihishe (hash)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paternity</source>
        <translation>Umubyeyi w’umugabo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paternity leave</source>
        <translation>Ikiruhuko cy’umubyeyi w’umugabo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol log</source>
        <translation>Raporo y’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol logs</source>
        <translation>Raporo z’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol route</source>
        <translation>Inzira y’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patrol routes</source>
        <translation>Inzira z’irondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Byahagaritswe by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period</source>
        <translation>Igihe cy’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period end</source>
        <translation>Iherezo ry’igihe cy’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay period start</source>
        <translation>Intangiriro y’igihe cy’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay periods</source>
        <translation>Ibihe by’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Ubwishyu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment date</source>
        <translation>Itariki yo kwishyura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Uburyo bwo kwishyura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan</source>
        <translation>Gahunda yo kwishyura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Amabwiriza yo kwishyura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payroll</source>
        <translation>Umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payroll periods</source>
        <translation>Ibihe by’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payroll records</source>
        <translation>Impapuro z’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payslip</source>
        <translation>Urupapuro rw’umushahara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance review</source>
        <translation>Isuzuma ry’imikorere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance reviews</source>
        <translation>Isuzuma ry’imikorere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>Iherezo ry’igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>Intangiriro y’igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Umuntu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police report</source>
        <translation>Raporo ya polisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Politiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>Politiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy category</source>
        <translation>Icyiciro cya politiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy content</source>
        <translation>Ibikubiye muri politiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy name</source>
        <translation>Izina rya politiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy number</source>
        <translation>Nomero ya politiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Umwanya w’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible</source>
        <translation>Birashoboka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Byanditswe mu bitabo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted date</source>
        <translation>Itariki byanditswe mu bitabo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Yaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Uko byihutirwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Byigenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability (%)</source>
        <translation>Amahirwe (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Ikibazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile image</source>
        <translation>Ifoto y’umwirondoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Icyifuzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Umukiriya ushoboka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospecting</source>
        <translation>Gushaka abakiriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Rusange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holiday</source>
        <translation>Umunsi w’ikiruhuko rusange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>Iminsi y’ikiruhuko rusange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Byatangajwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Itariki byatangarijweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>Kugura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase cost</source>
        <translation>Ikiguzi cyo kugura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase date</source>
        <translation>Itariki yo kugura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order</source>
        <translation>Urupapuro rwo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order approvals</source>
        <translation>Kwemeza impapuro zo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase order lines</source>
        <translation>Imirongo y’impapuro zo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase orders</source>
        <translation>Impapuro zo gutumiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back in service</source>
        <translation>Byongeye gukoreshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in storage</source>
        <translation>Byashyizwe mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put into screening</source>
        <translation>Yashyizwe mu batoranywa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold</source>
        <translation>Byahagaritswe by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under investigation</source>
        <translation>Byashyizwe mu iperereza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under mitigation</source>
        <translation>Hatangiye kugabanya ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under monitoring</source>
        <translation>Byashyizwe mu gukurikiranwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put under review</source>
        <translation>Gushyira mu isuzuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Kwemeza ko bikwiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Bikwiye gukurikiranwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Ingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity received</source>
        <translation>Ingano yakiriwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Ibibazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radio</source>
        <translation>Radiyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare</source>
        <translation>Gake cyane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Amanota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>Byongeye gukoreshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Impamvu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason given</source>
        <translation>Impamvu yatanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt and approval</source>
        <translation>Inyemezabwishyu no kwemeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Byakiriwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Inama zatanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded at</source>
        <translation>Byanditswe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Byagarujwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Kugaruza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery case</source>
        <translation>Dosiye yo kugaruza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery cases</source>
        <translation>Dosiye zo kugaruza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery documents</source>
        <translation>Inyandiko zo kugaruza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>Nomero y’indango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference type</source>
        <translation>Ubwoko bw’indango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Uwamurangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory</source>
        <translation>Amabwiriza agenga urwego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstated</source>
        <translation>Yasubijwe mu kazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Byanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining amount</source>
        <translation>Amafaranga asigaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote</source>
        <translation>Akorera kure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>Byavuguruwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Byongeye gufungurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Byamenyeshejwe na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported date</source>
        <translation>Itariki byamenyekanishijweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported lost</source>
        <translation>Byamenyekanishijwe ko byabuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Byamenyekanishijwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Ubusabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Uwasabye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Ibisabwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Byakemutse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved date</source>
        <translation>Itariki byakemuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded</source>
        <translation>Byasubijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded to</source>
        <translation>Byasubijwe</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>CV</source>
        <translation>Umwirondoro w’akazi (CV)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Duration (hours)</source>
        <translation>Igihe (amasaha)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Estimated duration (min)</source>
        <translation>Igihe giteganyijwe (min)</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Resumed</source>
        <translation>Byakomeje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Byakuwe mu bikoreshwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <translation>Byasubijwe inyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverses</source>
        <translation>Isubiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Isuzuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review date</source>
        <translation>Itariki y’isuzuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Isuzuma riteganyijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review period end</source>
        <translation>Iherezo ry’igihe gisuzumwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review period start</source>
        <translation>Intangiriro y’igihe gisuzumwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Usuzuma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment</source>
        <translation>Isesengura ry’ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessments</source>
        <translation>Isesengura ry’ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk category</source>
        <translation>Icyiciro cy’ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk description</source>
        <translation>Ibisobanuro by’ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk incident</source>
        <translation>Icyago cyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk incidents</source>
        <translation>Ibyago byabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk score</source>
        <translation>Amanota y’ingaruka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotating</source>
        <translation>Bisimburana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Inzira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route name</source>
        <translation>Izina ry’inzira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by</source>
        <translation>Byabazwe na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SME</source>
        <translation>Ikigo gito cyangwa giciriritse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary</source>
        <translation>Umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary currency</source>
        <translation>Ifaranga ry’umushahara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary range max</source>
        <translation>Umushahara munini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary range min</source>
        <translation>Umushahara muto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Kugurisha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales &amp; Marketing</source>
        <translation>Igurisha n’iyamamaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings</source>
        <translation>Ubwizigame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Amanota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Gutoranya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Umutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security assignments</source>
        <translation>Inshingano z’abashinzwe umutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security guards</source>
        <translation>Abashinzwe umutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security incidents</source>
        <translation>Ibyabaye ku mutekano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Byoherejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for repair</source>
        <translation>Byoherejwe gukorwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Nomero y’uruganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service review</source>
        <translation>Isuzuma rya serivisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Igenamiterere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting key</source>
        <translation>Urufunguzo rw’igenamiterere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting type</source>
        <translation>Ubwoko bw’igenamiterere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting value</source>
        <translation>Agaciro k’igenamiterere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement agreement</source>
        <translation>Amasezerano yo kwishyura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Bikomeye cyane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Uburemere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with the employee</source>
        <translation>Byasangijwe umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift end</source>
        <translation>Iherezo ry’igihe cy’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift preference</source>
        <translation>Igihe cy’akazi yifuza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift start</source>
        <translation>Intangiriro y’igihe cy’akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick</source>
        <translation>Uburwayi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick leave</source>
        <translation>Ikiruhuko cy’uburwayi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size bytes</source>
        <translation>Ingano (bayiti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Ubumenyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Imbuga nkoranyambaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Inkomoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent amount</source>
        <translation>Amafaranga yakoreshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Itariki yo gutangira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Isaha yo gutangira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Byatangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>Raporo ya konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static</source>
        <translation>Ahantu hamwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Uko ahagaze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Ibiri mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation>Iyimuka ry’ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>Iyinjira n’isohoka ry’ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String</source>
        <translation>Umwandiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study</source>
        <translation>Kwiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study leave</source>
        <translation>Ikiruhuko cyo kwiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Icyo bivuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Byatanzwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Byatanzwe ngo bisuzumwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Igiteranyo gito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Igitekerezo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Umuyobozi ukuriye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Utanga ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier code</source>
        <translation>Kode y’utanga ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier name</source>
        <translation>Izina ry’utanga ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Abatanga ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>Gutanga ibicuruzwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ticket</source>
        <translation>Ubusabe bw’ubufasha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support tickets</source>
        <translation>Ubusabe bw’ubufasha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Ubushakashatsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey name</source>
        <translation>Izina ry’ubushakashatsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Ubushakashatsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Yahagaritswe by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System monitoring</source>
        <translation>Igenzura rya sisitemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System name</source>
        <translation>Izina rya sisitemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System setting</source>
        <translation>Igenamiterere rya sisitemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation>Igenamiterere rya sisitemu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back to draft</source>
        <translation>Byasubijwe mu mushinga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken under review</source>
        <translation>Byatangiye gusuzumwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target completion date</source>
        <translation>Itariki iteganyijwe yo kurangiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Imisoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax amount</source>
        <translation>Amafaranga y’umusoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax info</source>
        <translation>Amakuru y’imisoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax number</source>
        <translation>TIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary</source>
        <translation>By’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Yasezerewe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination date</source>
        <translation>Itariki yo gusezererwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Amabwiriza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold critical</source>
        <translation>Urugero rukomeye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold warning</source>
        <translation>Urugero rwo kuburira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ubusabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Nomero y’ubusabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Umutwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total amount</source>
        <translation>Igiteranyo cy’amafaranga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Igiteranyo cy’ikiguzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total hours</source>
        <translation>Igiteranyo cy’amasaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total price</source>
        <translation>Igiciro cyose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total value</source>
        <translation>Agaciro kose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade fair</source>
        <translation>Imurikagurisha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training certifications</source>
        <translation>Impamyabushobozi z’amahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training enrollment</source>
        <translation>Kwiyandikisha mu mahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training enrollments</source>
        <translation>Kwiyandikisha mu mahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training program</source>
        <translation>Gahunda y’amahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training programs</source>
        <translation>Gahunda z’amahugurwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Igikorwa cy’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction date</source>
        <translation>Itariki y’igikorwa cy’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction number</source>
        <translation>Nomero y’igikorwa cy’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction type</source>
        <translation>Ubwoko bw’igikorwa cy’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions</source>
        <translation>Ibikorwa by’imari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Kwimura ibintu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unblocked</source>
        <translation>Byakomorewe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>Birasuzumwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfrozen</source>
        <translation>Byasubijweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Ikiguzi kimwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Igipimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Ntibizwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>Ntibikunze kubaho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Kidahemberwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid leave</source>
        <translation>Ikiruhuko kidahemberwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unqualified</source>
        <translation>Ntibikwiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at</source>
        <translation>Byahinduwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload date</source>
        <translation>Itariki byashyiriweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Yashyizweho na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Umukoresha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User agent</source>
        <translation>Porogaramu yakoreshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Abakoresha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPN tunnels down</source>
        <translation>Imiyoboro ya VPN idakora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Uwatanze serivisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Verisiyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Byateshejwe agaciro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk in</source>
        <translation>Uwizanye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Iburira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty expiry</source>
        <translation>Itariki garanti irangiriraho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Urubuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ibyabaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Nde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Byakuweho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Byatsindiwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Akazi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work location</source>
        <translation>Aho akorera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Byemewe nk’igihombo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years of experience</source>
        <translation>Imyaka y’uburambe</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cancelled</source>
        <comment>client_support_tickets</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>client_support_tickets</comment>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>client_support_tickets</comment>
        <translation>Bifunguye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>client_support_tickets</comment>
        <translation>Byakemutse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved</source>
        <comment>compliance_policies</comment>
        <translation>Byemejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <comment>compliance_policies</comment>
        <translation>Byakuwe mu bikoreshwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated</source>
        <comment>contracts</comment>
        <translation>Yaseshwe</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Posted</source>
        <comment>transactions</comment>
        <translation>Byanditswe mu bitabo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed</source>
        <comment>transactions</comment>
        <translation>Byasubijwe inyuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <comment>transactions</comment>
        <translation>Byateshejwe agaciro</translation>
    </message>
    <message>
        <location filename="../services/dashboards.py" line="+27"/>
        <source>Allocated</source>
        <translation>Yagenewe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Yakoreshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Isigaye</translation>
    </message>
    <message>
        <location filename="schema_words.py" line="-70"/>
        <source>Active</source>
        <comment>budgets</comment>
        <translation>Birakoreshwa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Active</source>
        <comment>it_assets</comment>
        <translation>Birakoreshwa</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Active</source>
        <comment>inventory_items</comment>
        <translation>Birakoreshwa</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Active</source>
        <comment>suppliers</comment>
        <translation>Turakorana</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Active</source>
        <comment>clients</comment>
        <translation>Turakorana</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Licence expiry</source>
        <translation>Irangira ry’uruhushya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence number</source>
        <translation>Nimero y’uruhushya</translation>
    </message>
    <message>
        <location line="+459"/>
        <source>Active</source>
        <comment>contracts</comment>
        <translation>Birakurikizwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived</source>
        <comment>customer_surveys</comment>
        <translation>Byabitswe mu bushyinguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>customer_surveys</comment>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>expenses</comment>
        <translation>Byemejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>expenses</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>expenses</comment>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>expenses</comment>
        <translation>Byanzwe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <comment>invoices</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>invoices</comment>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <comment>invoices</comment>
        <translation>Byishyuwe igice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <comment>invoices</comment>
        <translation>Byoherejwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>it_support_tickets</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>it_support_tickets</comment>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>it_support_tickets</comment>
        <translation>Bifunguye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>it_support_tickets</comment>
        <translation>Byakemutse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>job_postings</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>job_postings</comment>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <comment>job_postings</comment>
        <translation>Yabonye umukozi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>job_postings</comment>
        <translation>Bifunguye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <comment>leads</comment>
        <translation>Yavuganywe na we</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <comment>leads</comment>
        <translation>Byabyaye isoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <comment>leads</comment>
        <translation>Byatakaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <comment>leads</comment>
        <translation>Bishya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <comment>leads</comment>
        <translation>Bikwiye gukurikiranwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unqualified</source>
        <comment>leads</comment>
        <translation>Ntibikwiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>leave_requests</comment>
        <translation>Byemejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>leave_requests</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>leave_requests</comment>
        <translation>Byanzwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>marketing_campaigns</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>marketing_campaigns</comment>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <comment>marketing_campaigns</comment>
        <translation>Byahagaritswe by’agateganyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <comment>marketing_campaigns</comment>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>opportunities</comment>
        <translation>Birakomeje</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Active</source>
        <comment>marketing_campaigns</comment>
        <translation>Birakomeje</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Active</source>
        <comment>customer_surveys</comment>
        <translation>Birakomeje</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Active</source>
        <comment>compliance_policies</comment>
        <translation>Birakurikizwa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inactive</source>
        <comment>inventory_items</comment>
        <translation>Ntibigikoreshwa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Closed lost</source>
        <comment>opportunities</comment>
        <translation>Byatakaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed won</source>
        <comment>opportunities</comment>
        <translation>Byatsindiwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <comment>opportunities</comment>
        <translation>Byatakaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <comment>opportunities</comment>
        <translation>Byatsindiwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>payroll_periods</comment>
        <translation>Byemejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>payroll_periods</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>payroll_periods</comment>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <comment>performance_reviews</comment>
        <translation>Byamenyeshejwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>performance_reviews</comment>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>performance_reviews</comment>
        <translation>Byatanzwe ku wa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>purchase_orders</comment>
        <translation>Byatanzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>risk_assessments</comment>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>risk_assessments</comment>
        <translation>Bifunguye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>security_assignments</comment>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>security_assignments</comment>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>security_assignments</comment>
        <translation>Bitakozwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <comment>security_assignments</comment>
        <translation>Biteganyijwe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <comment>suppliers</comment>
        <translation>Ntitugikorana</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Inactive</source>
        <comment>clients</comment>
        <translation>Ntitugikorana</translation>
    </message>
    <message>
        <location line="-740"/>
        <source>Amount paid</source>
        <translation>Amafaranga yishyuwe</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Balance due</source>
        <translation>Asigaye kwishyurwa</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change in stock</source>
        <translation>Impinduka mu bubiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in value</source>
        <translation>Impinduka mu gaciro</translation>
    </message>
    <message>
        <location line="+581"/>
        <source>Value still to arrive</source>
        <translation>Agaciro k’ibitaraza</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Still awaited</source>
        <translation>Ibigitegerejwe</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>On order</source>
        <translation>Byatumijwe</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Reviews</source>
        <translation>Isuzuma ry’imikorere</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Training</source>
        <translation>Amahugurwa</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Leave</source>
        <translation>Ibiruhuko</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Payslips</source>
        <translation>Impapuro z’umushahara</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Payments</source>
        <translation>Ubwishyu bwakozwe</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Amount recovered</source>
        <translation>Amafaranga yagarujwe</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Closed short</source>
        <translation>Byafunzwe bituzuye</translation>
    </message>
</context>
<context>
    <name>step_lines</name>
    <message>
        <location filename="../domain/step_lines.py" line="+70"/>
        <source>Marked recovered on {day}: {text}</source>
        <translation>Byanditswe ko byagarujwe ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off on {day}: {text}</source>
        <translation>Byemewe nk’igihombo ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on {day}: {text}</source>
        <translation>Byafunzwe ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responded to on {day}: {text}</source>
        <translation>Byasubijwe ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on {day}: {text}</source>
        <translation>Byakemutse ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated on {day}: {text}</source>
        <translation>Yasheshwe ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked expired on {day}: {text}</source>
        <translation>Byanditswe ko byarangiye igihe ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment {payment} reversed on {day}: {text}</source>
        <translation>Ubwishyu {payment} bwasubijwe inyuma ku wa {day}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed short on {day}, {received} of {ordered} received: {text}</source>
        <translation>Byafunzwe bituzuye ku wa {day}, hakiriwe {received} kuri {ordered}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed short on {day}: {lines} received: {text}</source>
        <translation>Byafunzwe bituzuye ku wa {day}, hakiriwe: {lines}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} ({received} of {ordered})</source>
        <translation>{item} ({received} kuri {ordered})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorated on {day}: terminated on {ended}, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>Byagabanyijwe ku wa {day}: yasezerewe ku wa {ended}, yishyuwe iminsi {kept} ku minsi {days} y’ukwezi (mbere: fatizo {basic}, insimburamubyizi {allowances}, usigaye {net}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prorated on {day}: suspended, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>Byagabanyijwe ku wa {day}: yahagaritswe by’agateganyo, yishyuwe iminsi {kept} ku minsi {days} y’ukwezi (mbere: fatizo {basic}, insimburamubyizi {allowances}, usigaye {net}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored on {day}: reinstated, paid {kept} of the month&apos;s {days} days (basic {basic}, allowances {allowances}, net {net} before).</source>
        <translation>Byasubijweho ku wa {day}: yasubijwe mu kazi, yishyuwe iminsi {kept} ku minsi {days} y’ukwezi (mbere: fatizo {basic}, insimburamubyizi {allowances}, usigaye {net}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpaid leave counted on {day}: {unpaid} of {working} working days not paid ({less} RWF off basic).</source>
        <translation>Ikiruhuko kidahemberwa ku wa {day}: iminsi {unpaid} ku minsi {working} (fatizo − {less} RWF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave ({worth} RWF in allowances).</source>
        <translation>Ikiruhuko cy’umwaka, byishyuwe ku wa {day}: iminsi {untaken} (Insimburamubyizi + {worth} RWF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untaken leave paid on {day}: {untaken} working days of annual leave, final settlement of a termination on {ended} ({worth} RWF in allowances).</source>
        <translation>Ikiruhuko cy’umwaka, byishyuwe ku wa {day}: iminsi {untaken}; yasezerewe ku wa {ended} (Insimburamubyizi + {worth} RWF).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked after all ({worth} RWF in allowances).</source>
        <translation>Ikiruhuko kidahemberwa, byishyuwe ku wa {day}: iminsi {back} ({first} – {last}) (Insimburamubyizi + {worth} RWF).</translation>
    </message>
</context>
</TS>
