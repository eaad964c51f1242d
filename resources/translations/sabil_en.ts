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
</TS>