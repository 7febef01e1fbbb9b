<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>escale::ui::ReportDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/report_dialog.cpp" line="+244"/>
        <source>%n page(s), A4.</source>
        <translation>
            <numerusform>%n page, A4.</numerusform>
            <numerusform>%n pages, A4.</numerusform>
        </translation>
    </message>
</context>
</TS>
