<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PinPadPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="100" />
        <location filename="../../app/ui/pin_pad.py" line="154" />
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform><numerusform>%n digits typed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pin_pad.py" line="102" />
        <source>Too many tries. Wait %n second(s).</source>
        <translation>
            <numerusform>Too many tries. Wait %n second.</numerusform><numerusform>Too many tries. Wait %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message numerus="yes">
        <location filename="../../app/ui/practice_page.py" line="166" />
        <location filename="../../app/ui/practice_page.py" line="365" />
        <source>%n answered in this session</source>
        <translation>
            <numerusform>%n answered in this session</numerusform><numerusform>%n answered in this session</numerusform></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="44" />
        <source>Review: last seen %n day(s) ago</source>
        <translation>
            <numerusform>Review: last seen %n day ago</numerusform><numerusform>Review: last seen %n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="133" />
        <source>%n question(s) answered</source>
        <translation>
            <numerusform>%n question answered</numerusform><numerusform>%n questions answered</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="134" />
        <source>%n correct</source>
        <translation>
            <numerusform>%n correct</numerusform><numerusform>%n correct</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/summary_page.py" line="142" />
        <source>New skill(s) mastered: %1</source>
        <translation>
            <numerusform>New skill mastered: %1</numerusform><numerusform>New skills mastered: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>TeacherGate</name>
    <message numerus="yes">
        <source>Too many tries. Wait %n second(s).</source>
        <translation><numerusform>Too many tries. Wait %n second.</numerusform><numerusform>Too many tries. Wait %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>%n answer waiting</numerusform><numerusform>%n answers waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) behind</source>
        <translation><numerusform>This computer's clock is %n day behind</numerusform><numerusform>This computer's clock is %n days behind</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n day(s) ahead</source>
        <translation><numerusform>This computer's clock is %n day ahead</numerusform><numerusform>This computer's clock is %n days ahead</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) behind</source>
        <translation><numerusform>This computer's clock is %n hour behind</numerusform><numerusform>This computer's clock is %n hours behind</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n hour(s) ahead</source>
        <translation><numerusform>This computer's clock is %n hour ahead</numerusform><numerusform>This computer's clock is %n hours ahead</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) behind</source>
        <translation><numerusform>This computer's clock is %n minute behind</numerusform><numerusform>This computer's clock is %n minutes behind</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) ahead</source>
        <translation><numerusform>This computer's clock is %n minute ahead</numerusform><numerusform>This computer's clock is %n minutes ahead</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation><numerusform>%n learner</numerusform><numerusform>%n learners</numerusform></translation>
    </message>
</context>
<context>
    <name>ClassHeatmap</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) mastered by the end</source>
        <translation><numerusform>%n skill mastered by the end</numerusform><numerusform>%n skills mastered by the end</numerusform></translation>
    </message>
</context>
<context>
    <name>DifficultItemsView</name>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation><numerusform>%1 (%n learner)</numerusform><numerusform>%1 (%n learners)</numerusform></translation>
    </message>
</context>
<context>
    <name>HelpNeededView</name>
    <message numerus="yes">
        <source>still at %1 after %n answer(s)</source>
        <translation><numerusform>still at %1 after %n answer</numerusform><numerusform>still at %1 after %n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n hint(s))</source>
        <translation><numerusform>(%n hint)</numerusform><numerusform>(%n hints)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) need help now.</source>
        <translation><numerusform>%n learner needs help now.</numerusform><numerusform>%n learners need help now.</numerusform></translation>
    </message>
</context>
<context>
    <name>LearnerReport</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation><numerusform>on %n day</numerusform><numerusform>on %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) have problems (marked ⚠). Nothing will be imported until they are fixed in the file.</source>
        <translation><numerusform>%n row has problems (marked ⚠). Nothing will be imported until it is fixed in the file.</numerusform><numerusform>%n rows have problems (marked ⚠). Nothing will be imported until they are fixed in the file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new learner(s) will be added.</source>
        <translation><numerusform>%n new learner will be added.</numerusform><numerusform>%n new learners will be added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) are already in their class and will be skipped.</source>
        <translation><numerusform>%n learner is already in their class and will be skipped.</numerusform><numerusform>%n learners are already in their class and will be skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation><numerusform>%n learner imported.</numerusform><numerusform>%n learners imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there, skipped.</source>
        <translation><numerusform>%n already there, skipped.</numerusform><numerusform>%n already there, skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>WeekWords</name>
    <message numerus="yes">
        <source>%1 practised on %n day(s).</source>
        <translation><numerusform>%1 practised on %n day.</numerusform><numerusform>%1 practised on %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) of practice in all.</source>
        <translation><numerusform>About %n minute of practice in all.</numerusform><numerusform>About %n minutes of practice in all.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered, %1 of them right.</source>
        <translation><numerusform>%n question answered, %1 of them right.</numerusform><numerusform>%n questions answered, %1 of them right.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s) this week.</source>
        <translation><numerusform>You answered %n question this week.</numerusform><numerusform>You answered %n questions this week.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message numerus="yes">
        <source>%n learner computer(s) enrolled.</source>
        <translation><numerusform>%n learner computer enrolled.</numerusform><numerusform>%n learner computers enrolled.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n answer(s).</source>
        <translation><numerusform>Loaded %n answer.</numerusform><numerusform>Loaded %n answers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply file(s) for the learner computers were written to the stick.</source>
        <translation><numerusform>%n reply file for the learner computers was written to the stick.</numerusform><numerusform>%n reply files for the learner computers were written to the stick.</numerusform></translation>
    </message>
</context>
<context>
    <name>DistrictBox</name>
    <message numerus="yes">
        <source>%n answer(s) waiting</source>
        <translation><numerusform>%n answer waiting</numerusform><numerusform>%n answers waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
</TS>