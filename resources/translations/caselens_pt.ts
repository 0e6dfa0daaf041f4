<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>FindingCategory</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching-ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;CaseLens %1&lt;/h2&gt;&lt;p&gt;Review clinical case reports side by side with their translation: findings, annotations and teaching cases, all kept on this computer.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %2 (LGPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite %3 (public domain)&lt;/li&gt;&lt;li&gt;spdlog and {fmt} (MIT)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::AnnotationDialog</name>
    <message>
        <source>&amp;Kind of error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (Ctrl+Enter to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::AnnotationListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::AnnotationsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the whole case: questions for learners, teaching points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text and press M (or Ctrl+M) to annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::CaseListModel</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::CaseWorkspace</name>
    <message>
        <source>This case has no translation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more findings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more findings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on a finding first (J and K move between findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words of the missing finding first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the original or the translation first, then press M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::CategoryLegend</name>
    <message>
        <source>Show or hide %1 highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;s&gt;negated&lt;/s&gt; · &lt;u&gt;uncertain&lt;/u&gt; (dotted) · ↑↓ abnormal · wavy: no counterpart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::DocumentPane</name>
    <message>
        <source> (unit assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ above the reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ below the reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the reference range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindBar</name>
    <message>
        <source>Find in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindingDialog</name>
    <message>
        <source>&amp;Negated (the text says it is absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertain (possible, suggestive of…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;selected text as the finding&apos;s span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCUM, e.g. mg/dL, 10*9/L, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindingsPanel</name>
    <message>
        <source>Abnormal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::FindingsTableModel</name>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::FolderImportRunner</name>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 cases…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) could not be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>. The import was cancelled; the cases imported before that were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::LibraryPanel</name>
    <message>
        <source>Abnormal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search both languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (accents ignored), &quot;a phrase&quot;, prefix*, a OR b, -word. Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases with a value flagged high or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n case(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finding clinical findings: %1 of %2 cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cases could not be analysed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings are up to date in %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no cases yet.

Import a case report with File ▸ Import Case… (Ctrl+O), a folder of them with File ▸ Import Folder… (Ctrl+Shift+O), or from a terminal:

  caselens-cli --db &quot;%1&quot; import REPORT.txt --translation TRANSLATION.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Case &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eject Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t Finding to Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect Finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Finding from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case: Original Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Case: Translation (Cancel for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n case(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every change you make, in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when CaseLens starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation &amp;labels
(one per line):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::ReviewBar</name>
    <message>
        <source>Review status (saved at once; Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caselens::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
