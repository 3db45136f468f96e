<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="81"/>
        <source>The selected cell has no +N chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="92"/>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="139"/>
        <source>The promotion dialog did not open for %1:%2@%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="152"/>
        <source>%1:%2@%3 is not in the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="187"/>
        <source>Could not load the storage: %1 (the screenshot shows the error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="191"/>
        <source>Loading took more than five minutes; no screenshot was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="57"/>
        <source>Review package-storage tiers side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="61"/>
        <source>The package-storage repository to open. Default: the one opened last, else the demo storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="63"/>
        <source>[REPO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="18"/>
        <source>Read the tiers from remote-tracking branches of NAME when there are no local tier branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="20"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="22"/>
        <source>Load the storage, save a PNG screenshot of the window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="24"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="25"/>
        <source>The window size, e.g. 1280x800 (the default for screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="26"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="27"/>
        <source>Use a dark palette, to check readability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="28"/>
        <source>The view to show: packages, tiers, release or drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="29"/>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="30"/>
        <source>Select a version, e.g. snapshot:nginx@1.3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="31"/>
        <source>TIER:NAME@VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="32"/>
        <source>The side panel of the packages view: details or changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="33"/>
        <source>PANEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="35"/>
        <source>Check production for this stack version in the release view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="36"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="38"/>
        <source>Show the release notes between two refs in the release view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="39"/>
        <source>FROM..TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="42"/>
        <source>The tiers (and filter) of the tier comparison, e.g. snapshot:production:shadowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="44"/>
        <source>A:B[:FILTER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="46"/>
        <source>For screenshots: open the base chooser of the Changes panel (chooser) or the list behind the selected cell&apos;s +N chip (overflow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="48"/>
        <source>POPUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="50"/>
        <source>For screenshots: grab a dialog instead of the window: settings[:tiers|github|appearance|diff], or promotion[:plan|checks|texts|adds|draft] of the --select version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="53"/>
        <source>DIALOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="91"/>
        <source>--dialog promotion needs --select TIER:NAME@VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="93"/>
        <source>--dialog must be settings[:%1] or promotion[:%2], not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="103"/>
        <source>The view must be packages, tiers, release or drafts, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="121"/>
        <source>--release-notes takes two refs as FROM..TO, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="129"/>
        <source>--compare must look like snapshot:production:shadowed, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="137"/>
        <source>--popup must be chooser or overflow, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="153"/>
        <source>Give at most one repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="77"/>
        <source>The size must look like 1280x800, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="110"/>
        <source>--select must look like snapshot:nginx@1.3.0, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="33"/>
        <source>Only these versions: changed (in both, different content), only-a, only-b, shadowed (a copy never served) or pending (a promoted copy awaiting removal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="35"/>
        <source>FILTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="36"/>
        <source>Print Markdown for a pull request comment, cut to fit one (65,536 characters) with a line saying what was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="38"/>
        <source>Print one JSON document: both tier commits, counts and every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="39"/>
        <source>Write the whole comparison, never cut, to FILE instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="40"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="41"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="42"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="43"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="44"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="65"/>
        <source>tierdesk-cli compare: give a repository and two tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="72"/>
        <source>choose one of --markdown and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="79"/>
        <source>--only takes changed, only-a, only-b, shadowed or pending, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="90"/>
        <source>“%1” is not a tier; the tiers are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="132"/>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="133"/>
        <source>Wrote %1 (%2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="142"/>
        <source>Compares two tiers from git objects: what only one holds, what both hold with identical or different content, which copies are shadowed or await removal; as text, Markdown or JSON, with both tier commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="144"/>
        <source>The package-storage repository (bare or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="145"/>
        <source>The first tier (e.g. staging).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="146"/>
        <source>The second tier (e.g. production).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStorage</name>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="164"/>
        <source>The demo history has an invalid date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="189"/>
        <source>The demo has no content for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="313"/>
        <source>%1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="354"/>
        <source>Could not find the commit to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="363"/>
        <location filename="../lib/demo/DemoStorage.cpp" line="369"/>
        <source>Could not write the release tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="382"/>
        <source>Could not point HEAD at production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="542"/>
        <source>“%1” already exists and is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="544"/>
        <location filename="../lib/demo/DemoStorage.cpp" line="568"/>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="561"/>
        <source>“%1” exists and is not the Tierdesk demo; it was left untouched. Move it away to get the demo back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="572"/>
        <source>Could not create a temporary folder in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="583"/>
        <source>Could not move the demo into “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffBases</name>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="83"/>
        <source>What %1 serves: %2 (what promoting changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="84"/>
        <source>What %1&apos;s distribution serves: %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="85"/>
        <source>Previous version in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="86"/>
        <source>Same version in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="87"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="89"/>
        <source>At %1: the newest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="90"/>
        <source>At %1: %2@%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="42"/>
        <source>mode %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="44"/>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="46"/>
        <source>too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="48"/>
        <source>whitespace only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="50"/>
        <source>line endings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="52"/>
        <source>content unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="80"/>
        <source>Files: %1 changed (%2 added, %3 removed, %4 modified, %5 renamed); lines: +%6 -%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="90"/>
        <source>Difference: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="96"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="105"/>
        <source>Manifest: no field changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="107"/>
        <source>Manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="108"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="108"/>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="108"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="110"/>
        <source>%1 (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="111"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="133"/>
        <source>Changelog entries added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="134"/>
        <source>Changelog entries removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="136"/>
        <source>Changelog: no entry added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="138"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="180"/>
        <source>tierdesk-cli diff: give a repository and two versions as REF:NAME@VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="218"/>
        <source>“%1” is not REF:NAME@VERSION, where REF is a tier, tag, branch or commit (e.g. staging:nginx@1.2.0, 7.10.0:nginx@1.1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="255"/>
        <source>The two versions have the same content: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="287"/>
        <source>Compares two package versions, in any tiers, straight from git objects: files, lines, manifest fields and new changelog entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="289"/>
        <source>The package-storage repository (bare or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="291"/>
        <source>The old side, as REF:NAME@VERSION: REF is a tier, a tag, a branch or a commit (e.g. production:nginx@1.2.0, 7.10.0:nginx@1.1.0, 1a2b3c4:nginx@1.1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="293"/>
        <source>The new side, as REF:NAME@VERSION (e.g. snapshot:nginx@1.3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="150"/>
        <source>Print only the table of files with their line counts and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="151"/>
        <source>Print one JSON document: files and the manifest summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="152"/>
        <source>Print a unified diff (files above the size limit appear as binary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="153"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="154"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="155"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="156"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="158"/>
        <source>Files larger than BYTES are listed as too large and not compared (default: 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="159"/>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="186"/>
        <source>choose one of --stat, --json and --patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="193"/>
        <source>--max-size takes a number of bytes, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="236"/>
        <source>could not write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="251"/>
        <source>The two versions have identical content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffKind</name>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="79"/>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="81"/>
        <source>content and file modes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="81"/>
        <source>content differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="83"/>
        <source>only file modes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="85"/>
        <source>only whitespace differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="87"/>
        <source>only line endings differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="90"/>
        <source>only file modes, whitespace and line endings differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="92"/>
        <source>only file modes and whitespace differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="94"/>
        <source>only file modes and line endings differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="95"/>
        <source>only whitespace and line endings differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitFetch</name>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="82"/>
        <source>Receiving objects (%1 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="22"/>
        <source>Fetching from “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="31"/>
        <source>The repository has no remote named “%1”; add one with git remote add, or choose another remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="136"/>
        <source>Could not fetch from “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitPush</name>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="124"/>
        <source>Could not read the remote “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="135"/>
        <source>There is no remote named “%1” in this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="141"/>
        <source>“%1” is not a usable remote address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Credentials.cpp" line="103"/>
        <source>the ssh agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Credentials.cpp" line="132"/>
        <source>the GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="175"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="187"/>
        <source>%1 failed: the server&apos;s identity could not be verified (its SSH host key is not in ~/.ssh/known_hosts, or its HTTPS certificate is not trusted). No credentials were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="104"/>
        <source>%1 failed: the server asks for credentials and none is available (an ssh agent, a key file in ~/.ssh, or a GitHub token for HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="96"/>
        <source>%1 failed: the server asks for credentials, and the GitHub token is sent only over HTTPS to %2, the configured GitHub host; it was not sent to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/git/Transfer.cpp" line="108"/>
        <source>%1 failed: the server refused the credentials after %n attempt(s) (tried %2).</source>
        <translation>
            <numerusform>%1 failed: the server refused the credentials after %n attempt (tried %2).</numerusform>
            <numerusform>%1 failed: the server refused the credentials after %n attempts (tried %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="175"/>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="112"/>
        <location filename="../lib/git/Remote.cpp" line="133"/>
        <source>Pushing to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="58"/>
        <source>the server did not confirm this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="152"/>
        <source>Fetching %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="134"/>
        <location filename="../lib/git/RemoteFetch.cpp" line="153"/>
        <source>Fetching from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="79"/>
        <source>%1 has no branch “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="51"/>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="60"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="74"/>
        <source>Markers: = identical copy in a higher tier (promoted, removal pending); ~ different content from the served copy (shadowed); ! has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="79"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="79"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="79"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="87"/>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="89"/>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="107"/>
        <source>Packages: %1, versions: %2, problems: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="118"/>
        <source>Lists what every tier of a package storage holds, read from git objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="119"/>
        <source>The package-storage repository (bare or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="120"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="121"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="122"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="123"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="124"/>
        <source>Print one JSON document instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="130"/>
        <source>tierdesk-cli index: give exactly one repository.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="27"/>
        <source>The manifest field “%1” should be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="52"/>
        <source>The manifest is beyond what Tierdesk reads (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="55"/>
        <source>The manifest is not valid YAML (line %1, column %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="98"/>
        <source>The manifest is not a YAML mapping of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="106"/>
        <location filename="../lib/storage/ManifestStore.cpp" line="28"/>
        <location filename="../lib/storage/SnapshotStore.cpp" line="36"/>
        <source>The manifest has no “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="108"/>
        <source>The manifest has no “version”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="107"/>
        <source>the alias “*%1” names no anchor before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="117"/>
        <location filename="../lib/yaml/YamlDocument.cpp" line="172"/>
        <source>the text nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="168"/>
        <source>aliases expand the text to more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="193"/>
        <source>the key “%1” appears twice in one mapping (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="281"/>
        <source>the text is %1 KiB long, more than the %2 KiB Tierdesk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="308"/>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestDiff</name>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="82"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="83"/>
        <source>Kibana constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="85"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="86"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="87"/>
        <source>Format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="89"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="90"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="91"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="92"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="94"/>
        <source>Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Changelog.cpp" line="39"/>
        <source>changelog.yml is beyond what Tierdesk reads (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Changelog.cpp" line="41"/>
        <source>changelog.yml is not valid YAML (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/Changelog.cpp" line="45"/>
        <source>changelog.yml is not a list of versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="314"/>
        <source>The old manifest.yml could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="316"/>
        <source>The new manifest.yml could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="318"/>
        <source>Only the new side has a manifest.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="319"/>
        <source>Only the old side has a manifest.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="350"/>
        <source>Old side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="352"/>
        <source>New side: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageAssets</name>
    <message>
        <location filename="../lib/storage/PackageAssets.cpp" line="98"/>
        <source>%1 could not be read as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDiff</name>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="56"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="153"/>
        <source>Could not compare %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="160"/>
        <source>Could not look for renamed files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="214"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="297"/>
        <source>The tier %1 has no branch (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="265"/>
        <source>%1 has no package “%2”; it has no packages at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="267"/>
        <source>%1 has no package “%2”; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="270"/>
        <source>“%1” is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="280"/>
        <source>%1 has no version %2 of %3; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="284"/>
        <source>%1 has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="304"/>
        <source>“%1” is neither a tier (the tiers are %2) nor a tag, branch or commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="402"/>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="429"/>
        <location filename="../lib/diff/PackageDiff.cpp" line="583"/>
        <source>Could not compare “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="640"/>
        <source>Could not write the difference of %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromoteCommand</name>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="48"/>
        <source>The remote (your fork) the draft branches are pushed to: a name or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="49"/>
        <location filename="../app/cli/PromotionShared.cpp" line="52"/>
        <location filename="../app/cli/PromotionShared.cpp" line="58"/>
        <location filename="../app/cli/WhyCommand.cpp" line="81"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="50"/>
        <source>GitHub API base URL (GitHub Enterprise: https://HOST/api/v3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="50"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="52"/>
        <source>Owner of the fork (default: from the remote&apos;s URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="53"/>
        <source>GitHub repository the pull requests go to (default: from the upstream remote&apos;s URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="54"/>
        <source>OWNER/REPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="56"/>
        <source>Remote of the upstream repository: its tier branches, its GitHub address, and the fetch for the removal check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="59"/>
        <source>Push only; print the compare links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="60"/>
        <source>Do not look for the GitHub token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="62"/>
        <source>Allow --remote to be the repository the tier branches come from (refused otherwise: draft branches belong in your fork).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="64"/>
        <source>Seconds to wait for GitHub (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="64"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="150"/>
        <source>remove only (not promoted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="156"/>
        <source>copy, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="157"/>
        <source>copy over different content, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="163"/>
        <source>Promotion from %1 to %2 (versions: %3, newest only: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="166"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="166"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="180"/>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="182"/>
        <source>nothing to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="187"/>
        <source> (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="187"/>
        <source> (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="151"/>
        <location filename="../app/cli/PromotionShared.cpp" line="137"/>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="138"/>
        <source>Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="140"/>
        <source>Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="141"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="152"/>
        <location filename="../app/cli/PromotionShared.cpp" line="143"/>
        <source>Pull request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="144"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="150"/>
        <source>Promotion draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="156"/>
        <source>Removal draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="31"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="33"/>
        <source>Pushed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="35"/>
        <source>Promotion pull request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="37"/>
        <source>Removal pull request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="39"/>
        <source>Open the promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="41"/>
        <source>Open the removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="164"/>
        <source>Using the GitHub token from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="169"/>
        <source>The draft %1 is kept; retry with: tierdesk-cli drafts %2 --publish %1 --remote %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="128"/>
        <source>tierdesk-cli %1: give exactly one repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="276"/>
        <source>Drafts a promotion: a branch copying the chosen versions to a higher tier (same tree objects), and a branch removing them from the lower tier. Only new objects and two new branches are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="278"/>
        <location filename="../app/cli/WhyCommand.cpp" line="78"/>
        <source>The package-storage repository (bare or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="30"/>
        <source>The source tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="30"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="31"/>
        <source>TIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="31"/>
        <source>The destination tier (any higher tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="33"/>
        <source>Versions to promote: name@version or name-version, comma-separated; a bare name means its newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="35"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="45"/>
        <location filename="../app/cli/WhyCommand.cpp" line="83"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="37"/>
        <source>Promote each package&apos;s newest version and remove all its versions from the source tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="39"/>
        <source>Show the plan, checks and texts; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="31"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="40"/>
        <location filename="../app/cli/WhyCommand.cpp" line="84"/>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="42"/>
        <source>Confirm findings that need it: “all”, or their keys, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="43"/>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="44"/>
        <location filename="../app/cli/WhyCommand.cpp" line="82"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="46"/>
        <source>Push both branches to --remote and open both draft pull requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="60"/>
        <source>tierdesk-cli promote: --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="66"/>
        <source>tierdesk-cli promote: --publish needs --remote (your fork).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="98"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="107"/>
        <source>The upstream&apos;s open pull requests were not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="152"/>
        <source>remove only (%1 serves it identically from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="154"/>
        <source>blocked (%1 has other content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="199"/>
        <location filename="../app/cli/PromotionShared.cpp" line="152"/>
        <source>Promotion draft: none, %1&apos;s distribution already serves every version with identical content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="206"/>
        <source>Promotion draft (not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="210"/>
        <source>Removal draft (not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="215"/>
        <source>Blocked: nothing was drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="217"/>
        <source>Not drafted: confirm with --confirm %1 (or --confirm all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="220"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="254"/>
        <source>Drafted as %1 (list drafts with: tierdesk-cli drafts %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="247"/>
        <source>Lists, publishes and deletes promotion drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="248"/>
        <source>The package-storage repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="36"/>
        <source>Delete a draft&apos;s local branches and record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="33"/>
        <source>Show one draft whole: titles, bodies, branches, remote, pull requests and their states, and whether the removal is safe to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="35"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="36"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="37"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="41"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="37"/>
        <source>Push a draft to --remote and open its pull requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="39"/>
        <source>Fetch the destination tier and check it contains the draft&apos;s promoted versions with the same tree ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="56"/>
        <source>Deleted the draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="66"/>
        <source>tierdesk-cli drafts: --publish needs --remote (your fork).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="92"/>
        <source>Not fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="131"/>
        <source>The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="141"/>
        <source>no pull request yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="142"/>
        <source>state unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="151"/>
        <source> (into %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="167"/>
        <source>Draft %1: %2 → %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="169"/>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="170"/>
        <source>Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="171"/>
        <source>not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="173"/>
        <source>Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="175"/>
        <source>Promotion: none, %1&apos;s distribution already served every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="177"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="239"/>
        <source>Removal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="208"/>
        <source>No drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="40"/>
        <source>“%1” is not a tier; the tiers are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="42"/>
        <source>The tier %1 has no branch in this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="47"/>
        <source>%1 has no package “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="48"/>
        <source>%1 has no package “%2”. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="56"/>
        <source>%1 has no version %2 of %3; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="62"/>
        <source> in </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="63"/>
        <source>a promotion candidate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="64"/>
        <source>not a promotion candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="65"/>
        <source>not a promotion candidate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="76"/>
        <source>Explains why a version is, or is not, a promotion candidate now: what the next tier&apos;s distribution serves, drafts, content and policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="79"/>
        <source>The version, e.g. snapshot:nginx@1.2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="80"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="92"/>
        <source>tierdesk-cli why: give a repository and TIER:NAME@VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="49"/>
        <source>Publishing and reading pull requests need the module %1, which %2; reinstall Tierdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="62"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="67"/>
        <source>could not be loaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="70"/>
        <source>is not a Tierdesk module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="73"/>
        <source>is of another Tierdesk (interface %1, this one needs %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="78"/>
        <source>is of another Tierdesk (version %1, this one is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="81"/>
        <source>is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionChecks</name>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="55"/>
        <source>Could not read the directory tree %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="84"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="105"/>
        <source>%1 is removed from %2 without being promoted (newest-only mode removes every version of the package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="115"/>
        <source>%1 already serves %2 with identical content from %3: nothing to promote, it is only removed from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="120"/>
        <source>%1 already has %2 with identical content: nothing to copy, it is only removed from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="131"/>
        <source>%1 already has %2 with different content, and %3&apos;s distribution serves that copy first: the promoted copy would never be served. Release a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="145"/>
        <source>%1 already has %2 with different content; a published production version is never overwritten: release a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="151"/>
        <source>%1 already has %2 with different content: the promotion overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="156"/>
        <source>%1 already has %2 with different content: it is overwritten, which %1 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="167"/>
        <source>%1 is not newer than %2, the newest version of the package %3 serves (from %4); production accepts only increments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="170"/>
        <source>%1 is not newer than %2, the newest version of the package %3 serves (from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="179"/>
        <source>%1 contains development files (%2); directories and files starting with “_” must not be promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="191"/>
        <source>The manifest of %1 says version %2, but the directory is named “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="203"/>
        <source>The Kibana version condition of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="206"/>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="132"/>
        <source>%1 has a manifest problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="216"/>
        <source>%1 cannot be promoted or removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="226"/>
        <source>%1 cannot be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="239"/>
        <source>%1 holds paths no checkout may write (%2): a tree entry named “.git”, “..” or with a path separator would write git hooks or outside the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="279"/>
        <source>The %1 tier cannot be written to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="282"/>
        <source>The %1 tier cannot be written to: its root tree cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="296"/>
        <source>This repository has a branch named “tierdesk”, so no tierdesk/… draft branch can be created beside it: rename that branch (git branch -m tierdesk OTHER) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="311"/>
        <source>%1 %2 is already in %3: drafting it again makes a second pair of pull requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="327"/>
        <source>The removal takes %1 out of %2&apos;s distribution: no tier above serves them. Staging removes versions only by special exception: confirm the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="333"/>
        <source>Versions are never removed from %1, a production tier: %2 would leave its distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="363"/>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="364"/>
        <source>needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="365"/>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="425"/>
        <source>Unknown confirmation key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="427"/>
        <source>Nothing in this promotion needs confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="428"/>
        <source>The valid keys are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="445"/>
        <source>The checks were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="129"/>
        <source>The directory name “%1” is not a semantic version, so it cannot be promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="143"/>
        <source>%1 already serves %2 with identical content from %3: it is promoted, only its removal from %4 is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="148"/>
        <source>%1 holds %2 with different content, and %3&apos;s distribution serves that copy first: this copy would never be served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="162"/>
        <source>%1 already has %2 with different content, and a production version is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="167"/>
        <source>%1 already has %2 with different content: promoting it overwrites that copy, which needs a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="173"/>
        <source>%1 already has %2 with different content; it may be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="186"/>
        <source>%1 is not the newest version of %2 in %3: %4 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="191"/>
        <source>%1&apos;s distribution serves %2 %3 (from %4), which is newer than %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="203"/>
        <source>%1 is already in %2: its pull requests are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="206"/>
        <source>%1 is already in %2, not published yet: publish it or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="213"/>
        <source>Candidate for %1: newer than %2, the newest version of %3 it serves (from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="215"/>
        <source>Candidate for %1: its distribution serves no version of %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="224"/>
        <source>%1 is the highest tier: there is nothing to promote %2 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="236"/>
        <source>%1 contains development files (%2), which must not be promoted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionDraft</name>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="23"/>
        <source>The %1 branch (%2) is gone since the plan was made: refresh the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="26"/>
        <source>The %1 branch moved since the plan was made (from %2 to %3): refresh the plan and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="76"/>
        <source>This repository has a branch named “tierdesk”, so no tierdesk/… draft branch can be created beside it: rename that branch (git branch -m tierdesk OTHER) and draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="95"/>
        <source>“%1” is not a tierdesk/… branch name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="108"/>
        <source>Could not find a free branch name for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="117"/>
        <source>“%1” is not a tierdesk/… branch a draft created; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="125"/>
        <source>Could not read the branch “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="130"/>
        <source>The branch “%1” was moved since it was drafted; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="134"/>
        <source>Could not delete the branch “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="392"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="393"/>
        <source>pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="394"/>
        <source>pull requests open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="395"/>
        <source>branches moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="152"/>
        <source>Drafting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="418"/>
        <source>Checking the tier branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="162"/>
        <source>The promotion is blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="164"/>
        <source>These findings need a confirmation first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="433"/>
        <source>Writing the promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="216"/>
        <source>The promoted copy of %1 differs from its source; nothing was drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="439"/>
        <source>Writing the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="445"/>
        <source>Creating the branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="449"/>
        <source>Recording the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="485"/>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="502"/>
        <source>There is no draft “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="146"/>
        <source>the pull request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="147"/>
        <source>the pull request #%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="148"/>
        <source>the branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="144"/>
        <source>the draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="108"/>
        <source>The title is %1 characters long; titles over %2 characters are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="114"/>
        <source>The title contains the control character U+%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="125"/>
        <source>%1 in the title&apos;s list is not a package name followed by &quot;-&quot; and a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="129"/>
        <source>%1 in the title&apos;s list has no valid version after &quot;%2-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="137"/>
        <source>The title continues with %1 where a list in parentheses was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="140"/>
        <source>The title&apos;s list of versions is not closed with &quot;)&quot; at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="143"/>
        <source>The title&apos;s list of versions is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="151"/>
        <source>The title lists %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="163"/>
        <source>The title continues with %1 after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="175"/>
        <source>The tier name %1 in the title is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="186"/>
        <source>The title names no source tier where %1 stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="187"/>
        <source>The title names no destination tier where %1 stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="222"/>
        <source>The title continues with %1 after &quot;Remove&quot;, not with &quot;promoted packages&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="232"/>
        <source>The title continues with %1 after &quot;Promote&quot;, not with &quot;packages from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="257"/>
        <source>The title&apos;s branch [%1] and the tier it names, %2, differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="260"/>
        <source>The title does not name the branch it merges into (&quot;[tier] …&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="264"/>
        <source>The title promotes from %1 to the same tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="278"/>
        <source>The title&apos;s &quot;[&quot; is not followed by a tier name, &quot;]&quot; and a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="291"/>
        <source>The title is not a promotion or removal of packages (&quot;Promote …&quot;, &quot;Remove …&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionDraftStore</name>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="90"/>
        <source>its promotion branch “%1” is not a tierdesk/… branch Tierdesk creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="91"/>
        <source>its removal branch “%1” is not a tierdesk/… branch Tierdesk creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="93"/>
        <source>its promotion branch “%1” has no valid commit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="94"/>
        <source>its removal branch “%1” has no valid commit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="112"/>
        <source>A recorded draft has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="136"/>
        <source>The recorded draft “%1” is set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="162"/>
        <source>Could not read the drafts file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="167"/>
        <source>The drafts file “%1” is damaged; move it away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="218"/>
        <source>There is no draft “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="247"/>
        <source>Could not create the folder for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="251"/>
        <source>Another Tierdesk process is writing “%1”; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="256"/>
        <source>The drafts file “%1” was written by a newer Tierdesk (format %2); this version reads it but does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="267"/>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="271"/>
        <source>Could not write the drafts file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionPlan</name>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="225"/>
        <source>An empty package name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="230"/>
        <source>“%1” is not of the form name@version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="265"/>
        <source>No package versions were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="59"/>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="61"/>
        <source>There is no tier named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="63"/>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="65"/>
        <source>The tier “%1” has no branch in this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="67"/>
        <source>Packages are promoted to a higher tier: “%1” is not above “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="69"/>
        <source>No package versions were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="108"/>
        <source>The package “%1” is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="112"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="85"/>
        <source>%1 has no version %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="94"/>
        <source>Newest-only mode promotes one version per package, but several versions of “%1” were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="99"/>
        <source>Newest-only mode removes every version of “%1” from %2, but %3 is not its newest version there (%4 is).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionPublish</name>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="68"/>
        <source>“%1” is not a GitHub repository name of the form owner/repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="73"/>
        <source>Cannot tell which GitHub repository the pull requests belong to: the remote “%1” has no GitHub address; name it (owner/repository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="42"/>
        <source>Cannot tell who owns the fork “%1”: name the fork&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="176"/>
        <source>A branch of the draft %1 was moved or deleted since drafting; delete the draft and draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="33"/>
        <source>Publishing was cancelled; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="59"/>
        <source>The upstream remote “%1” is on %2, not on the configured GitHub host %3: pull requests (and the token) go only there. Configure the GitHub host or name the API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="116"/>
        <source>“%1” (%2) is the repository the tier branches come from, not a fork: draft branches are pushed to your fork. Choose your fork&apos;s remote, or allow pushing to the upstream repository for this publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="64"/>
        <source>Choose the remote (your fork) to push the draft branches to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="67"/>
        <source>“%1” is not a tierdesk/… branch a draft created; nothing was pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="70"/>
        <source>Pushing the draft branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="76"/>
        <source>%1 refused the draft branches: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="97"/>
        <source>No pull requests were opened, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="99"/>
        <source>No GitHub token was found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or the system keychain): open the pull requests from the compare links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="149"/>
        <source>Opening the promotion pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="128"/>
        <source>Checking the destination tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="135"/>
        <source>The destination tier could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="158"/>
        <source>Opening the removal pull request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionSafety</name>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="64"/>
        <source>%1 contains every promoted version with the same tree id (checked against %2): the removal can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="69"/>
        <source>%1 does not contain %2 yet (checked against %3): merge the promotion first, then the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="73"/>
        <source>%1 has %2 with different content than promoted (checked against %3): do not merge the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="121"/>
        <source>%1 on %2, just fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="133"/>
        <source>the local %1 branch, not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestLookup.cpp" line="28"/>
        <source>no GitHub token was found, so the pull requests&apos; states are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestLookup.cpp" line="29"/>
        <source>the draft does not record which GitHub repository its pull requests are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="19"/>
        <source>Not safe to merge yet: the promotion has no pull request yet; publish it and merge it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="21"/>
        <source>Not known to be safe: the state of the promotion pull request %1 is unknown (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="24"/>
        <source>Do not merge: the promotion pull request %1 was closed without being merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="26"/>
        <source>Not safe to merge yet: the promotion pull request %1 is %2, not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="34"/>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="36"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="38"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="40"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="41"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="52"/>
        <source>Not known to be safe: the destination tier could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="58"/>
        <source>Safe to merge: the promotion pull request is merged and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="60"/>
        <source>Safe to merge: there is no promotion pull request, and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefContents</name>
    <message>
        <location filename="../lib/storage/RefContents.cpp" line="70"/>
        <source>Could not create a temporary directory to read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/RefContents.cpp" line="76"/>
        <location filename="../lib/storage/RefContents.cpp" line="79"/>
        <source>Could not open the object database to read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseCommand</name>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="27"/>
        <source>Compare with this tag, branch or commit instead of the previous version-named tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="28"/>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="29"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="30"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="31"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="32"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="54"/>
        <source>Release check for stack version %1 (tag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="56"/>
        <source>Evaluated as %1: Kibana asks the package registry with its version cut at the first “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="60"/>
        <source>Production: the %1 branch is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="62"/>
        <source>Production: %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="72"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="78"/>
        <source>Warnings: %1 (see Findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="80"/>
        <source>Contents: %1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="81"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="81"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="81"/>
        <source>Kibana constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="83"/>
        <source>(none: any version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="86"/>
        <source>Findings: %1 blocking, %2 warnings, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="99"/>
        <source>Compared with %1: added %2, updated %3, removed %4, unchanged %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="119"/>
        <source>Distributions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="124"/>
        <source>built from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="126"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="128"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="137"/>
        <source>tierdesk-cli %1: give a repository and a stack version (such as 8.6.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="66"/>
        <source>Baseline: %1 at %2%3; choose another with --previous REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="68"/>
        <source> (the highest lower version tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="71"/>
        <source>Baseline: none (no lower version tag); choose one with --previous REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="156"/>
        <source>Checks whether production can be tagged for a stack version and lists what the tag would contain.
Exit status: 0 ready (warnings allowed) or already tagged, 1 not ready, 2 usage or repository error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="158"/>
        <location filename="../app/cli/ReleaseCommand.cpp" line="193"/>
        <source>The package-storage repository (bare or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="159"/>
        <source>The stack version, such as 8.6.0 or 8.6.0-SNAPSHOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="162"/>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="163"/>
        <source>Print a Markdown report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="169"/>
        <source>tierdesk-cli release-check: --json and --markdown exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="189"/>
        <source>Creates the annotated stack-version tag on the production tip when the release check passes, and optionally pushes it. An existing tag is never moved.
Exit status: 0 tagged (and pushed), 1 not tagged because of the check, 2 usage, repository or push error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="194"/>
        <source>The stack version, such as 8.6.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="197"/>
        <source>Push the new tag to this remote (a name, URL or path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="197"/>
        <source>REMOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="199"/>
        <source>Create the tag although the check has warnings (never when not ready).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="210"/>
        <source>Not tagged: the tag %1 already exists and is never moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="219"/>
        <source>Not tagged: production is not ready for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="220"/>
        <source>Not tagged: the check for %1 has warnings; add --force-warnings to tag anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="241"/>
        <source>Created tag %1 (%2) on %3 at %4 with %5 packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="253"/>
        <source>The tag was created locally; push it again once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="257"/>
        <source>Pushed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseNotes</name>
    <message>
        <location filename="../lib/release/ReleaseNotes.cpp" line="75"/>
        <source>changelog.yml is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotes.cpp" line="145"/>
        <source>The release notes were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseNotesCommand</name>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="54"/>
        <source>new versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="56"/>
        <source>versions removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="58"/>
        <source>changelog unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="68"/>
        <source>Release notes from %1 (%2) to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="71"/>
        <source>Packages: %1 added, %2 updated, %3 removed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="99"/>
        <source>tierdesk-cli release-notes: could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="103"/>
        <source>The full notes (%1 characters) are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="109"/>
        <source>The notes were cut after %1 of %2 packages to fit %3 characters; add --output FILE for the full notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="125"/>
        <source>Release notes between two refs: per package added, updated or removed, its versions and the changelog.yml entries in between, grouped by type, with pull-request links.
Exit status: 0 written, 2 usage or repository error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="128"/>
        <source>The package-storage repository (bare or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="129"/>
        <source>The earlier tag, branch or commit, such as 8.5.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="130"/>
        <source>The later tag, branch or commit, such as 8.6.0 or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="131"/>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="133"/>
        <source>Print Markdown for a GitHub release, cut to fit its size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="134"/>
        <source>Also write the full Markdown, never cut, to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="135"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="136"/>
        <source>Characters the Markdown may have (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="138"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="147"/>
        <source>tierdesk-cli release-notes: give a repository and two refs, at most one of --json and --markdown, and a --limit of at least 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseNotesReport</name>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="36"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="37"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="38"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="87"/>
        <source>New versions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="89"/>
        <source>Versions removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="93"/>
        <source>The changelog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="95"/>
        <source>No changelog entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="101"/>
        <source>Release notes: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="102"/>
        <source>From %1 (%2) to %3 (%4): %5 added, %6 updated, %7 removed, %8 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="110"/>
        <source>No package changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="117"/>
        <source>Cut here: %1 of %2 packages fit into %3 characters; the other %4 are in the exported file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="151"/>
        <source>Breaking changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="153"/>
        <source>Enhancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="155"/>
        <source>Bug fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="156"/>
        <source>Other changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseTag</name>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="25"/>
        <source>The tagger “%1 &lt;%2&gt;” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="29"/>
        <source>No git identity is configured for the tag: set user.name and user.email (git config --global user.name &quot;Your Name&quot;) or GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="135"/>
        <source>Uploading objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="55"/>
        <source>Production is not ready for the tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="59"/>
        <source>The check for %1 has warnings; confirm them to create the tag anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="70"/>
        <source>%1 moved from %2 to %3 since the check; check again before tagging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="63"/>
        <location filename="../lib/release/ReleaseTag.cpp" line="77"/>
        <location filename="../lib/release/ReleaseTag.cpp" line="92"/>
        <source>The tag %1 already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="75"/>
        <source>“%1” is not a stack version a tag can be named after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="84"/>
        <source>The commit to tag is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="94"/>
        <source>Could not create the tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="125"/>
        <source>“%1” is not a tag name that can be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="127"/>
        <source>There is no tag %1 to push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="134"/>
        <source>Could not push %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="138"/>
        <source>%1 rejected the tag %2; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../lib/git/Repository.cpp" line="30"/>
        <source>“%1” is not a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="31"/>
        <source>Could not open the repository “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="41"/>
        <source>Could not create a repository in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="89"/>
        <source>“%1” does not name a commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="93"/>
        <source>“%1” does not point to a commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="102"/>
        <source>Commit %1 is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="103"/>
        <source>Commit %1 is damaged (corrupt object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="111"/>
        <source>Tree %1 is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="112"/>
        <source>Tree %1 is damaged (corrupt object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="121"/>
        <source>File content %1 is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="122"/>
        <source>File content %1 is damaged (corrupt object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="161"/>
        <source>Could not compare %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="190"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="193"/>
        <source>“%1” is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="150"/>
        <source>Name a remote, e.g. origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="155"/>
        <source>“%1” is not a valid remote name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="165"/>
        <source>Name the GitHub host, e.g. github.com or github.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="167"/>
        <source>Give the host name only, e.g. github.example.com, without https:// or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="169"/>
        <source>“%1” is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="176"/>
        <source>Between 0 and %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageLoader</name>
    <message>
        <location filename="../app/gui/shell/StorageLoader.cpp" line="21"/>
        <source>Preparing the demo storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageLoader.cpp" line="55"/>
        <source>Reading the tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageLoader.cpp" line="66"/>
        <source>Comparing the tiers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageReader</name>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="61"/>
        <source>a submodule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="62"/>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="63"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="111"/>
        <source>The directory&apos;s content (tree %1) is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="113"/>
        <source>The directory&apos;s content (tree %1) is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="120"/>
        <source>The version has no manifest.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="128"/>
        <source>manifest.yml (blob %1) is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="129"/>
        <source>manifest.yml (blob %1) is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="154"/>
        <source>Reading manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="118"/>
        <source>The branch has no packages/ directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="137"/>
        <source>“%1” is %2 where a package directory belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="145"/>
        <location filename="../lib/storage/StorageReader.cpp" line="191"/>
        <source>The package directory “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="162"/>
        <source>The directory “%1” (tree %2) is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="164"/>
        <source>The directory “%1” (tree %2) is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="176"/>
        <source>“%1” is %2 where a version directory belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="195"/>
        <source>The version directory “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="211"/>
        <source>The directory name “%1” is not a semantic version (such as 1.2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="229"/>
        <source>The manifest names the package “%1” but its directory is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="233"/>
        <source>The manifest says version %1 but its directory is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="260"/>
        <source>The %1 branch (%2) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="265"/>
        <source>The %1 branch (%2) points at %3, which is missing from the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="268"/>
        <source>The %1 branch (%2) points at %3, which is damaged (corrupt object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="270"/>
        <source>The %1 branch (%2) points at %3, a %4, not at a commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="386"/>
        <source>This repository has no tier branches: none of %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="408"/>
        <location filename="../lib/storage/StorageReader.cpp" line="421"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="36"/>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="38"/>
        <source>“%1” names a directory itself or its parent, never a directory of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="41"/>
        <source>“%1” would be git&apos;s own directory in a checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="43"/>
        <source>“%1” contains a path separator: one name would be several directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="47"/>
        <source>“%1” contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="49"/>
        <source>“%1” is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagReadiness</name>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="106"/>
        <source>The %1 branch is absent, so there is nothing to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="110"/>
        <source>No %1 version accepts stack version %2: the tag would hold no package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="167"/>
        <source>Release tags are never “v”-prefixed: the tag is named %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="168"/>
        <source>“%2” is not a valid version for a tag name; the valid spelling is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="171"/>
        <source>“%1” is not a stack version such as 8.6.0 or 8.6.0-SNAPSHOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="178"/>
        <source>“%1” cannot be a git tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="204"/>
        <source>%1 %2, in the contents, has no conditions.kibana.version: the registry offers it to every stack version. Versions without one: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="207"/>
        <source>Versions of %1 without conditions.kibana.version: %2; none of them is in the contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="223"/>
        <source>%1 %2 has no readable manifest, so the registry cannot serve it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="230"/>
        <source>%1 %2 cannot be matched to any stack version, as the registry refuses it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="296"/>
        <source>No version-named tag is lower than %1, so there is no previous release to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="395"/>
        <source>%1 had %2 in %3, but no %4 version of it accepts %5 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="331"/>
        <source>%1 (%2 in %3) is no longer in %4: the release drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="114"/>
        <source>%1 is evaluated as %2, as Kibana asks the package registry with its version cut at the first “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="190"/>
        <source>The %1 branch cannot be read, so there is nothing to tag: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="277"/>
        <source>%1 is tagged at %2, the %3 tip: %3 has not moved since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/release/TagReadiness.cpp" line="280"/>
        <source>%1 is tagged at %2; %3 moved %n commit(s) since. The tag is never moved: the new contents need a new stack version.</source>
        <translation>
            <numerusform>%1 is tagged at %2; %3 moved %n commit since. The tag is never moved: the new contents need a new stack version.</numerusform>
            <numerusform>%1 is tagged at %2; %3 moved %n commits since. The tag is never moved: the new contents need a new stack version.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="284"/>
        <source>%1 is tagged at %2, which is not in the history of the %3 tip. The tag is never moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="339"/>
        <source>%1 goes back from %2 in %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="362"/>
        <source>(Compared with %1; choose another baseline with --previous REF or “Compare with”.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="379"/>
        <source>%1 had %2 in %3; no %4 version since accepts %5, as their constraints no longer include %6.x (the newest, %7, requires %8). The release drops it: expected across a major version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="389"/>
        <source>%1 (%2) still supports %3.x but not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="393"/>
        <source>No constraint explains the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="408"/>
        <source>%1 %2 accepts %3 and waits in %4; %5 serves %6 now. The tag %7 exists and is never moved: once promoted, %2 goes into the next tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="412"/>
        <source>%1 %2 accepts %3 and waits in %4; %5 does not serve %1 now. The tag %6 exists and is never moved: once promoted, %2 goes into the next tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="415"/>
        <source>%1 %2 accepts %3 and waits in %4; the tag would carry %5. Promote it first to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="418"/>
        <source>%1 %2 accepts %3 and waits in %4; the tag would not carry %1 at all. Promote it first to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="462"/>
        <source>%1 %2 in %3 differs from the %4 copy in the contents (tree %5 vs %6); the tag carries %4&apos;s, the %3 edit is never served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="481"/>
        <source>(no Dockerfile version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="485"/>
        <source>The tiers&apos; Dockerfiles name different package-registry versions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="610"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Severity.cpp" line="29"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Severity.cpp" line="30"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/Severity.cpp" line="31"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="607"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="608"/>
        <source>Ready with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="609"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagReadinessReport</name>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="35"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="36"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="37"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="46"/>
        <source>Tagged at %1; %2 has not moved since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/release/TagReadinessReport.cpp" line="48"/>
        <source>Tagged at %1; %2 moved %n commit(s) since.</source>
        <translation>
            <numerusform>Tagged at %1; %2 moved %n commit since.</numerusform>
            <numerusform>Tagged at %1; %2 moved %n commits since.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="50"/>
        <source>Tagged at %1, which is not in the history of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="66"/>
        <source>Release check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="67"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="68"/>
        <source>blocking: %1, warnings: %2, notes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="74"/>
        <source>Production: the %1 branch is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="77"/>
        <source>Tag %1 on %2 at %3 (%4), for stack version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="83"/>
        <source>Evaluated as %1: Kibana asks the package registry with its version cut at the first “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="88"/>
        <source>Baseline: %1 at %2, the highest lower version tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="89"/>
        <source>Baseline: %1 at %2, as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="91"/>
        <source>Choose another with `--previous REF` (or “Compare with” in the Release view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="93"/>
        <source>Baseline: none (no lower version tag); choose one with `--previous REF`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="104"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="112"/>
        <source>Contents (%1 packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="113"/>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="113"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="113"/>
        <source>Kibana constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="117"/>
        <source>(none: any version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="123"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="125"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="136"/>
        <source>Compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="137"/>
        <source>Added: %1, updated: %2, removed: %3, unchanged: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="144"/>
        <source>downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="151"/>
        <source>Distribution identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="157"/>
        <source>Built from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="158"/>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="161"/>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierComparison</name>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="181"/>
        <location filename="../lib/storage/TierComparison.cpp" line="182"/>
        <location filename="../lib/storage/TierComparison.cpp" line="205"/>
        <location filename="../lib/storage/TierComparison.cpp" line="206"/>
        <source>Only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="207"/>
        <source>In both, identical content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="180"/>
        <location filename="../lib/storage/TierComparison.cpp" line="208"/>
        <source>In both, different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="179"/>
        <source>Every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="183"/>
        <source>Shadowed copies (never served)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="184"/>
        <source>Pending removals (promoted copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="222"/>
        <source>In both, only file modes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierComparison.cpp" line="223"/>
        <source>In both, different content or only file modes (%n mode-only)</source>
        <translation>
            <numerusform>In both, different content or only file modes (%n mode-only)</numerusform>
            <numerusform>In both, different content or only file modes (%n mode-only)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="247"/>
        <location filename="../lib/storage/TierComparison.cpp" line="359"/>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="249"/>
        <location filename="../lib/storage/TierComparison.cpp" line="361"/>
        <source>Tier comparison: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierComparison.cpp" line="252"/>
        <location filename="../lib/storage/TierComparison.cpp" line="363"/>
        <source>Showing only: %1 (%n version(s)).</source>
        <translation>
            <numerusform>Showing only: %1 (%n version).</numerusform>
            <numerusform>Showing only: %1 (%n versions).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="253"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="253"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="267"/>
        <source>%1&apos;s copy is shadowed by %2&apos;s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="270"/>
        <source>%1&apos;s copy is shadowed by %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="272"/>
        <source>%1&apos;s copy is shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="274"/>
        <source>%1&apos;s copy awaits removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="288"/>
        <source>Neither tier holds any version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="289"/>
        <source>No version matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="293"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="293"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="293"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierComparison.cpp" line="321"/>
        <source>**%n more row(s) cut here:** a GitHub comment holds at most 65,536 characters. Export to a file for the whole table, or narrow it with a filter (`tierdesk-cli compare REPO %1 %2 --only changed|only-a|only-b|shadowed|pending --output FILE`).</source>
        <translation>
            <numerusform>**%n more row cut here:** a GitHub comment holds at most 65,536 characters. Export to a file for the whole table, or narrow it with a filter (`tierdesk-cli compare REPO %1 %2 --only changed|only-a|only-b|shadowed|pending --output FILE`).</numerusform>
            <numerusform>**%n more rows cut here:** a GitHub comment holds at most 65,536 characters. Export to a file for the whole table, or narrow it with a filter (`tierdesk-cli compare REPO %1 %2 --only changed|only-a|only-b|shadowed|pending --output FILE`).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierConfig</name>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="30"/>
        <source>No tiers are configured: name at least one tier branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="33"/>
        <source>A tier needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="35"/>
        <source>“%1” is not a branch name a tier can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="37"/>
        <source>The tier “%1” is named more than once; each tier is one branch, named once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="69"/>
        <source>Name at least two tiers: one to promote from and one to promote to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierMatrix</name>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="85"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="91"/>
        <source>Committed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="93"/>
        <source>Its distribution serves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierMatrix.cpp" line="95"/>
        <source>⚠ %n problem(s) in this tier.</source>
        <translation>
            <numerusform>⚠ %n problem in this tier.</numerusform>
            <numerusform>⚠ %n problems in this tier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="108"/>
        <source>No branch for the tier “%1” was found (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="235"/>
        <source>⊘ Policy: %1 never overwrites a published version, yet another tier holds %2 %3 that is not identical (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="258"/>
        <source>≈ %1 holds a copy that is never served; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="271"/>
        <source>≈ Shadowed copy: compared with the copy in %1, %2. Every distribution serves the %1 copy instead, so this one is never served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="288"/>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="222"/>
        <source>⊘ Policy: the directory name “%1” is not a semantic version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="239"/>
        <source>⊘ Policy: %1 never overwrites a published version, yet another tier holds %2 %3 with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="295"/>
        <source>↑ Promotion candidate: newer than every version of %1 in the higher tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="250"/>
        <source>Served by the distributions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="256"/>
        <source>≡ %1 holds an identical copy: promoted, its removal is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="261"/>
        <source>≠ %1 holds a copy with different content, which is never served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="265"/>
        <source>≡ Promoted copy: identical to the copy in %1, which is the one served. Its removal from %2 is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="276"/>
        <source>≠ Shadowed copy: its content differs from the copy in %1. Every distribution serves the %1 copy instead, so this one is never served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierMatrix.cpp" line="300"/>
        <source>⚠ %n problem(s):</source>
        <translation>
            <numerusform>⚠ %n problem:</numerusform>
            <numerusform>⚠ %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierSummary</name>
    <message>
        <location filename="../lib/storage/TierSummary.cpp" line="30"/>
        <source>%1 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/TierSummary.cpp" line="33"/>
        <source>The tiers use different package-registry versions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="44"/>
        <source>%n commit(s) behind</source>
        <translation>
            <numerusform>%n commit behind</numerusform>
            <numerusform>%n commits behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="46"/>
        <source>%n commit(s) ahead</source>
        <translation>
            <numerusform>%n commit ahead</numerusform>
            <numerusform>%n commits ahead</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierSummary.cpp" line="48"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="57"/>
        <source>%1 (%n behind)</source>
        <translation>
            <numerusform>%1 (%n behind)</numerusform>
            <numerusform>%1 (%n behind)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="60"/>
        <source>The local branch(es) %1 are behind %2: Tierdesk shows the local branches. Update them with git to see what was fetched.</source>
        <translation>
            <numerusform>The local branch %1 is behind %2: Tierdesk shows the local branches. Update it with git to see what was fetched.</numerusform>
            <numerusform>The local branches %1 are behind %2: Tierdesk shows the local branches. Update them with git to see what was fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="36"/>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="63"/>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="79"/>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="94"/>
        <source>There is no system keychain in this session (no D-Bus session bus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="72"/>
        <source>Could not read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="87"/>
        <source>Could not store the token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="101"/>
        <source>Could not remove the token from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/TokenSource.cpp" line="39"/>
        <source>the %1 environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/TokenSource.cpp" line="44"/>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/TokenSource.cpp" line="48"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="23"/>
        <source>The author “%1 &lt;%2&gt;” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="34"/>
        <source>Could not store “%1” in the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="61"/>
        <location filename="../lib/git/TreeEditor.cpp" line="64"/>
        <source>Could not write a tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="84"/>
        <source>Could not write the new tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="92"/>
        <source>No git identity is configured: set user.name and user.email (git config --global user.name &quot;Your Name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="124"/>
        <source>Could not write the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="134"/>
        <source>The reference “%1” already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="136"/>
        <source>Could not create the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionConstraint</name>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="101"/>
        <source>unexpected character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="110"/>
        <source>“%1” is not a valid version constraint: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="119"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="121"/>
        <source>one of the alternatives joined by “||” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="166"/>
        <source>“%1” must be followed by a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="189"/>
        <source>a comma must be followed by another comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="199"/>
        <source>“%1” must be separated from the comparison before it by a space or a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="210"/>
        <source>“%1” is not a version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionHistory</name>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="168"/>
        <location filename="../lib/storage/VersionHistory.cpp" line="175"/>
        <source>Could not walk the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="177"/>
        <source>Could not walk the history from commit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="297"/>
        <location filename="../lib/storage/VersionHistory.cpp" line="310"/>
        <source>Computing the history was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="320"/>
        <source>The history of %1 ended before its addition was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="372"/>
        <source>%1 is not in commit %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="58"/>
        <source>“%1” is not an option, and versions never start with “-”; a version looks like 8.6.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>The GitHub (Enterprise) host the GitHub token may be sent to, over HTTPS only (default: TIERDESK_GITHUB_HOST, else github.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>list what every tier of a package storage holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="110"/>
        <source>compare two package versions in any tiers: files, lines, manifest, changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>compare two tiers: only in one, changed, shadowed, pending removal; text, Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="112"/>
        <source>check whether production can be tagged for a stack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>cut the stack-version tag from production (when the check passes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>release notes between two refs: packages, versions, changelog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>draft (and publish) a promotion: a copy to a higher tier and a removal below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>list, show, publish or delete promotion drafts; pull-request states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="117"/>
        <source>explain why a version is or is not a promotion candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>usage: tierdesk-cli COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="123"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>Run &apos;tierdesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="155"/>
        <source>tierdesk-cli: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffEditor</name>
    <message>
        <location filename="../app/gui/diff/DiffEditor.cpp" line="129"/>
        <source>No newline at end of file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffFileModel</name>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="35"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="36"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="37"/>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="38"/>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="121"/>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="92"/>
        <source>%1% similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="94"/>
        <source>mode %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="96"/>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="109"/>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="98"/>
        <source>too large (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="100"/>
        <source>whitespace only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="102"/>
        <source>line endings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="111"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="113"/>
        <source>whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="115"/>
        <source>line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="119"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="139"/>
        <source>%1 lines added, %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffImagePane</name>
    <message>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="86"/>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="87"/>
        <source>The picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="86"/>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="87"/>
        <source>Not in this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffSummary</name>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="23"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="46"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="52"/>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="55"/>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="53"/>
        <source>no field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="60"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="63"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="92"/>
        <source>Changelog entries added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="93"/>
        <source>Changelog entries removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="95"/>
        <source>Changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="95"/>
        <source>no entry added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffTextPane</name>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="30"/>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="30"/>
        <source>The file as the older version has it, changed lines marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="31"/>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="31"/>
        <source>The file as the newer version has it, changed lines marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="199"/>
        <source>⋯  %1 unchanged lines  ⋯</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffView</name>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="103"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="104"/>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="108"/>
        <source>Show the older and the newer file next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="109"/>
        <source>Show removed and added lines in one column, as in a patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="116"/>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="118"/>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="120"/>
        <source>Previous change (Alt+Up, Shift+F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="121"/>
        <source>Next change (Alt+Down, F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="122"/>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="123"/>
        <source>Show every unchanged line of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="124"/>
        <source>Show source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="126"/>
        <source>Compare the SVG&apos;s text instead of the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="169"/>
        <source>Changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="170"/>
        <source>Every file added, removed, renamed or modified; the selected one is shown beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="174"/>
        <source>Hide mode-only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="175"/>
        <source>Leave out of the list the files whose only change is their mode (the executable bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="235"/>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="314"/>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="317"/>
        <source>Choose two versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="327"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="328"/>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="329"/>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="340"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="353"/>
        <source>Hide mode-only changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff/DiffView.cpp" line="354"/>
        <source>Leave out the %n file(s) whose only change is their mode (the executable bit)</source>
        <translation>
            <numerusform>Leave out the %n file whose only change is its mode (the executable bit)</numerusform>
            <numerusform>Leave out the %n files whose only change is their mode (the executable bit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="359"/>
        <source>The two versions have identical content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="370"/>
        <source>%1 files changed · +%2 −%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="425"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="477"/>
        <source>%1 · %2 × %3 px · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="490"/>
        <source>%1 is too large to compare here (%2; the limit is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="494"/>
        <source>%1 is a binary file (%2 → %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="499"/>
        <source>Only the file mode changed: %1 → %2. The content is identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="502"/>
        <source>Renamed from %1 without changes to the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="504"/>
        <source>%1 is a new, empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="506"/>
        <source>%1, an empty file, was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="508"/>
        <source>No difference in the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="538"/>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::DraftsPanel</name>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="78"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="79"/>
        <source>Check Removal Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="80"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="81"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="91"/>
        <source>Draft details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="95"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="191"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="200"/>
        <source>A draft branch is gone or was moved by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="175"/>
        <source>The drafts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="216"/>
        <source>No drafts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="217"/>
        <source>Select a version in the Packages view and choose Package › Promote…, or run tierdesk-cli promote. A draft is a pair of branches under tierdesk/ in this repository; nothing leaves it until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="41"/>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="281"/>
        <source>promotion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="41"/>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="283"/>
        <source>removal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="92"/>
        <source>The selected draft&apos;s titles, bodies, branches, remote and pull requests, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="96"/>
        <source>This repository&apos;s promotion drafts: tiers, versions, state and pull requests; select one for its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="98"/>
        <source>Read the drafts and their pull requests&apos; states again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="100"/>
        <source>Check whether the selected draft&apos;s removal may be merged: the promotion is merged and the destination holds the same files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="102"/>
        <source>Push the selected draft to your fork and open its pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="103"/>
        <source>Delete the selected draft and its local branches; pushed branches stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="206"/>
        <source>Pull requests of draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="208"/>
        <source>Links to the draft&apos;s pull requests on GitHub, each with its state when it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="260"/>
        <source>%n entry(s) of the drafts file set aside (not used, kept in the file as written):</source>
        <translation>
            <numerusform>%n entry of the drafts file set aside (not used, kept in the file as written):</numerusform>
            <numerusform>%n entries of the drafts file set aside (not used, kept in the file as written):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="266"/>
        <source>The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="291"/>
        <source>Pull request: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="292"/>
        <source>state unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="294"/>
        <source>Pull request: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="299"/>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="300"/>
        <source>Branch: %1 (into %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="301"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="319"/>
        <source>Draft %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="320"/>
        <source>Remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="320"/>
        <source>not pushed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="322"/>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="324"/>
        <source>Promotion: none, %1&apos;s distribution already served every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="326"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="355"/>
        <source>Reading the pull requests, fetching %1 and comparing the promoted versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="371"/>
        <source>The removal safety could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="378"/>
        <source>(Not fetched: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="390"/>
        <source>Publish Draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="412"/>
        <source>Delete Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="413"/>
        <source>Delete the draft %1 and its local branches? Pushed branches and opened pull requests are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="427"/>
        <source>The draft could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="431"/>
        <source>Deleted the draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::FieldMessage</name>
    <message>
        <location filename="../app/gui/settings/FieldMessage.cpp" line="17"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/FieldMessage.cpp" line="24"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::GitHubClient</name>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="115"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="117"/>
        <source>%1 failed: %2 did not answer within %3 seconds; the drafts are kept, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="121"/>
        <source>%1 failed: %2 could not be reached; the drafts are kept, try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="129"/>
        <source>%1 failed: GitHub did not accept the token (401): it is wrong, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="132"/>
        <source>%1 failed: GitHub refused it (403): the token may lack permission for pull requests on this repository, or a rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="137"/>
        <source>%1 failed: GitHub does not know the repository or branch (404), or the token cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="141"/>
        <source>%1 failed: GitHub did not accept the pull request (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="144"/>
        <source>%1 failed: GitHub had an internal error (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="147"/>
        <source>%1 failed: GitHub answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="161"/>
        <source>Opening the pull request “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="171"/>
        <location filename="../lib/github/GitHubClient.cpp" line="212"/>
        <source>%1 failed: GitHub&apos;s answer names no pull request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="184"/>
        <source>Looking up the pull request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="194"/>
        <source>There is no open pull request for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="202"/>
        <source>Reading the pull request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="242"/>
        <location filename="../lib/github/GitHubClient.cpp" line="269"/>
        <source>The request ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="276"/>
        <source>Listing the open pull requests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="288"/>
        <source>%1 failed: GitHub&apos;s answer is not a list of pull requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::LoadProgressWidget</name>
    <message>
        <location filename="../app/gui/shell/LoadProgress.cpp" line="20"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/LoadProgress.cpp" line="29"/>
        <source>Stop loading; whatever was shown before stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="210"/>
        <source>You are looking at Tierdesk&apos;s demo storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="212"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="543"/>
        <source>Open a Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="234"/>
        <source>&amp;Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="236"/>
        <source>&amp;Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="239"/>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="242"/>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="212"/>
        <source>Choose a package-storage repository on disk to review instead of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="228"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="229"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="230"/>
        <source>Packages, Tiers, Release and Drafts: one tab per view (Ctrl+1 … Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="243"/>
        <source>The tiers side by side, the selected version&apos;s details and changes (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="244"/>
        <source>Each tier&apos;s state, and two tiers compared (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="245"/>
        <source>Is production ready to be tagged for a stack release? (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="246"/>
        <source>Promotion drafts: their branches, pull requests and removal safety (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="251"/>
        <source>No repository is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="251"/>
        <source>Open a package-storage repository to see its tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="552"/>
        <source>Read the same repository once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="66"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="66"/>
        <source>Fetch from the same remote again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="68"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="100"/>
        <source>&amp;Open Repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="102"/>
        <source>Open a package-storage git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="105"/>
        <source>Show the &amp;Demo Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="106"/>
        <source>Open the built-in demo storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="109"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="111"/>
        <source>Read the tiers again; unchanged tiers are reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="134"/>
        <source>&amp;Filter Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="141"/>
        <source>Only Packages with &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="143"/>
        <source>Show only packages that have a version with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="120"/>
        <source>&amp;Promote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="122"/>
        <source>Draft the promotion of the selected version to a higher tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="50"/>
        <location filename="../app/gui/shell/FetchController.cpp" line="107"/>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="52"/>
        <location filename="../app/gui/shell/FetchController.cpp" line="110"/>
        <source>Download the remote&apos;s tier branches in the background, then reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="55"/>
        <source>&amp;Cancel Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="198"/>
        <source>&amp;About Tierdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="199"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="163"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="37"/>
        <source>Fetch Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="177"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="194"/>
        <source>&amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="69"/>
        <source>Filter packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="70"/>
        <source>Filter packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="73"/>
        <source>Filter packages by name, title or owner team (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="82"/>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="83"/>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="85"/>
        <source>All packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="86"/>
        <source>↑ Promotion candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="87"/>
        <source>≡ Removal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="88"/>
        <source>⚠ Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="89"/>
        <source>In only one tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="90"/>
        <source>≠ Shadowed copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="92"/>
        <source>Packages with a promoted copy whose removal is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="94"/>
        <source>Packages with a problem version: policy or manifest problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="96"/>
        <source>Packages with a copy that is never served because a higher tier holds other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="109"/>
        <source>Owner team (owner.github)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="110"/>
        <source>Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="114"/>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="164"/>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="126"/>
        <source>Release stage of the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="127"/>
        <source>Release stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="128"/>
        <source>Any release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="129"/>
        <source>GA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="130"/>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="131"/>
        <source>Experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="141"/>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="142"/>
        <source>Sort packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="144"/>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="145"/>
        <source>Sort by newest change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="146"/>
        <source>Sort by pending versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="328"/>
        <source>Promote %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="72"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="75"/>
        <source>What the selected version is compared with: the defaults first, then any version of the package in any tier, a tag, or any tag or commit you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="77"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="82"/>
        <source>Tag, branch or commit, or REF:NAME@VERSION; Enter compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="83"/>
        <source>Compare with a tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="88"/>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="195"/>
        <source>Select a version in the matrix to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="101"/>
        <source>“%1” is neither a tag, branch or commit nor REF:NAME@VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="140"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="140"/>
        <source>Other versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="147"/>
        <source>Another tag, branch or commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="162"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="173"/>
        <source>The newest %1 at the tag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="198"/>
        <source>%1 %2 has no other version to compare with in the tiers; choose a tag or commit above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="66"/>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="68"/>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="67"/>
        <source>Details: the selected version&apos;s manifest, tiers and explanation; Changes: its diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="73"/>
        <source>The selected version&apos;s manifest, tiers, explanation and changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="75"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="76"/>
        <source>What promoting the selected version changes, or what changed since its previous version (Alt+Down: next change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/TiersPage.cpp" line="41"/>
        <source>Comparison exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="68"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="107"/>
        <source>&amp;Fetch from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="109"/>
        <source>This repository has no remote to fetch from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="145"/>
        <source>Fetching from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="178"/>
        <source>Fetched from “%1”: already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="179"/>
        <source>Fetched from “%1”: %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="204"/>
        <source>Fetch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="427"/>
        <source>Open a Package-Storage Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="443"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="450"/>
        <source>Opening the demo storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="443"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="450"/>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="452"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="452"/>
        <source>Stop reading the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/MainWindow.cpp" line="483"/>
        <source>Read in %1 ms; %n version(s) parsed, the rest reused.</source>
        <translation>
            <numerusform>Read in %1 ms; %n version parsed, the rest reused.</numerusform>
            <numerusform>Read in %1 ms; %n versions parsed, the rest reused.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="157"/>
        <source>Could not read the tiers&apos; history for “newest change”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="511"/>
        <source>Loading was cancelled; the tiers shown are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="514"/>
        <source>Loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="517"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="531"/>
        <source>The demo storage could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="532"/>
        <source>Could not open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="533"/>
        <source>Repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="536"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="544"/>
        <source>Choose a package-storage repository on disk to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="548"/>
        <source>Show the Demo Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="549"/>
        <source>Open the built-in example storage, to look around without a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="552"/>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/RecentMenu.cpp" line="45"/>
        <source>No Recent Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/RecentMenu.cpp" line="47"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="558"/>
        <source>Demo Storage — Tierdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="558"/>
        <source>%1 — Tierdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="560"/>
        <source>Tierdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="565"/>
        <source>About Tierdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="566"/>
        <source>&lt;h3&gt;Tierdesk %1&lt;/h3&gt;&lt;p&gt;Review and promote packages across the tiers of a package storage: snapshot, staging and production.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libgit2 %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/MatrixPage.cpp" line="51"/>
        <source>↑&#xa0;promotion candidate   ≡&#xa0;promoted, removal pending   ≠&#xa0;shadowed, never served   ≈&#xa0;shadowed, cosmetic difference   ⊘&#xa0;policy problem   ⚠&#xa0;manifest problem   ✎&#xa0;in a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/MatrixPage.cpp" line="54"/>
        <source>A version in several tiers is served from the highest one. A lower copy with identical content (≡) has been promoted and waits for removal; a lower copy with different content (≠) is never served; ≈ says that only file modes, whitespace or line endings differ. ↑ marks a version newer than anything in the higher tiers. Hover a version for details; click it or use the arrow keys to select it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::MatrixView</name>
    <message>
        <location filename="../app/gui/matrix/MatrixView.cpp" line="29"/>
        <source>Tier matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/MatrixView.cpp" line="30"/>
        <source>Packages in rows, tiers in columns; arrow keys move between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix/MatrixView.cpp" line="106"/>
        <source>%1 in %2: %n more version(s)</source>
        <translation>
            <numerusform>%1 in %2: %n more version</numerusform>
            <numerusform>%1 in %2: %n more versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageBanner</name>
    <message>
        <location filename="../app/gui/common/MessageBanner.cpp" line="30"/>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::PackageDetails</name>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="165"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="165"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="165"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="166"/>
        <source>Kibana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="166"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="99"/>
        <source>Versions across tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="97"/>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="101"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="202"/>
        <source>Changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="104"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="203"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="250"/>
        <source>Select a version to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="250"/>
        <source>No storage is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="266"/>
        <source>%1 %2 is not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="297"/>
        <source>No explanation is available for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="302"/>
        <source>↑ A promotion candidate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="304"/>
        <source>Not a promotion candidate for %1 now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="366"/>
        <source>Only in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="381"/>
        <source>%1 (identical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="383"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="385"/>
        <source>%1 (different content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="387"/>
        <source>The served copy; also in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="390"/>
        <source>Identical to the served copy in %1: promoted, its removal from %2 is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="392"/>
        <source>Compared with the copy in %1, which is served instead, %2: this copy is never served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="394"/>
        <source>Different content from the copy in %1, which is served instead: this copy is never served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="400"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="415"/>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="403"/>
        <source>Identical to the served copy in a higher tier: removal pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="405"/>
        <source>Different content from the served copy in a higher tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="407"/>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="418"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="525"/>
        <source>This version has no icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="526"/>
        <source>This version has no readable icon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="538"/>
        <source>Changelog of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="542"/>
        <source>Reading changelog.yml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="544"/>
        <source>This version has no changelog.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="547"/>
        <source>changelog.yml lists no versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="550"/>
        <source>changelog.yml has no entry for %1; its newest entry, %2, is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="554"/>
        <source>The entry for %1 lists no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="570"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="634"/>
        <source>PR #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="649"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="650"/>
        <source>History unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="653"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="654"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="658"/>
        <source>Present since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="658"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="664"/>
        <source>The oldest commit of the available history; the directory may be older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="666"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="668"/>
        <source>Unchanged since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="672"/>
        <source>present since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="672"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="674"/>
        <source>last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::PromotionDialog</name>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="47"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="48"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="49"/>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="77"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="52"/>
        <source>Promote Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>1. Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>2. Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>3. Pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>4. What it adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="71"/>
        <source>5. Draft and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="73"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="74"/>
        <source>The promotion&apos;s five steps: plan, checks, pull request texts, what it adds, draft and publish; choose one to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="76"/>
        <source>Go to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="77"/>
        <source>Go to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="78"/>
        <source>Close the dialog; a draft already written stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="38"/>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="40"/>
        <source>Filter packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="40"/>
        <source>Show only the versions whose package name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="43"/>
        <source>Versions to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="44"/>
        <source>The source tier&apos;s versions; check each one to copy to the destination tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="45"/>
        <source>From tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="45"/>
        <source>The tier the versions are copied from and later removed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="46"/>
        <source>To tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="46"/>
        <source>The higher tier the versions are copied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="36"/>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="47"/>
        <source>Newest only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="48"/>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="62"/>
        <source>Promote each chosen package&apos;s newest version and remove all its versions from the source tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="53"/>
        <source>From tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="54"/>
        <source>To tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="56"/>
        <source>Choose the versions to copy to a higher tier. They are removed from the source tier by a second pull request, merged after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="132"/>
        <source>This version has problems; the checks will tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="171"/>
        <source>Tick at least one version to promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="179"/>
        <source>Copies to %1: %2. Removes from %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="112"/>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="91"/>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="115"/>
        <source>Tick to go ahead despite this finding; drafting waits until every finding is confirmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="144"/>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="146"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="148"/>
        <source>Blocked: this promotion cannot be drafted until the problems below are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="150"/>
        <source>Tick each finding below to confirm it (%1 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="152"/>
        <source>Ready to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="159"/>
        <source>Drafting writes two new branches in this repository; your working tree, index and existing branches stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="57"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="58"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="62"/>
        <source>The titles follow the repository&apos;s conventions; the bodies can be edited until drafting. The removal body links the promotion pull request once it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="78"/>
        <source>The plan changed after you edited a body: your text was kept, so it may list other versions than the plan now holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="82"/>
        <source>Use the Generated Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="83"/>
        <source>Replace both edited bodies with the texts generated from the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="101"/>
        <source>(none: %1&apos;s distribution already serves every version with identical content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="66"/>
        <source>Promotion pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="45"/>
        <source>Promotion title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="46"/>
        <source>The title of the pull request that copies the versions to the destination tier, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="47"/>
        <source>Promotion body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="48"/>
        <source>The text of the promotion pull request; edit it until drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="49"/>
        <source>Removal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="50"/>
        <source>The title of the pull request that removes the promoted copies from the source tier, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="52"/>
        <source>Removal body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="53"/>
        <source>The text of the removal pull request; edit it until drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="67"/>
        <source>Removal pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="24"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="25"/>
        <source>The promoted version whose files are compared with what the destination&apos;s distribution serves now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="31"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="55"/>
        <source>No version is promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="74"/>
        <source>%1&apos;s distribution already serves this version with identical content (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="77"/>
        <source>Compared with %1 %2, the newest version %3&apos;s distribution serves (from %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="80"/>
        <source>%1&apos;s distribution serves no version of %2 yet: every file is new there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="30"/>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="34"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="35"/>
        <source>Write the promotion and removal branches under tierdesk/ in this repository; nothing is pushed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="37"/>
        <source>Cancel drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="37"/>
        <source>Stop writing the draft branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="38"/>
        <source>Refresh Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="39"/>
        <source>Read the tiers again and plan the same versions anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="43"/>
        <source>Drafting progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="43"/>
        <source>How far writing the draft branches has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="46"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="72"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="77"/>
        <source>Close (publishing continues…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="106"/>
        <source>Drafting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="130"/>
        <source>A tier branch moved since this plan was made, so nothing was drafted. Refresh the plan and check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="134"/>
        <source>Drafting was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="136"/>
        <source>Drafting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="143"/>
        <source>Drafted as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="145"/>
        <source>Promotion branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="147"/>
        <source>No promotion branch: %1&apos;s distribution already serves every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="148"/>
        <source>Removal branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="150"/>
        <source>The draft is in this repository. Publish it to your fork and open both pull requests, or later from the drafts panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="160"/>
        <source>Reading the tiers again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="157"/>
        <source>The plan was refreshed; review the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::PublishPane</name>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="37"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="47"/>
        <source>Your fork: a remote name or URL the draft branches are pushed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="48"/>
        <source>GitHub API base URL (GitHub Enterprise: https://HOST/api/v3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="49"/>
        <source>from the remote&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="35"/>
        <source>Allow pushing to the upstream repository for this publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="46"/>
        <source>Your fork&apos;s remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="48"/>
        <source>GitHub API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="50"/>
        <source>Fork owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="51"/>
        <source>The GitHub account or organisation that owns the fork; empty: read from the remote&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="52"/>
        <source>Push both draft branches to the fork and open both pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="53"/>
        <source>Cancel publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="53"/>
        <source>Stop pushing and opening pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="54"/>
        <source>Publishing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="54"/>
        <source>How far pushing the draft branches has come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="55"/>
        <source>Publishing outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="56"/>
        <source>What publishing did, with links to the pull requests it opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="58"/>
        <source>Draft branches belong in your fork. Pushing them to the repository the tier branches come from is refused unless this is ticked; it is cleared after each publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="73"/>
        <source>Your fork&apos;s remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="76"/>
        <source>GitHub API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="77"/>
        <source>Fork owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="100"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="112"/>
        <source>Looking for a GitHub token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="151"/>
        <source>No GitHub token found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or the keychain): the branches are pushed and the pull-request texts and links are offered to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="155"/>
        <source>Pull requests are opened as drafts with the GitHub token from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="169"/>
        <source>“%1” is the upstream repository, not a fork: choose your fork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="170"/>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="255"/>
        <source>Remembered for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="178"/>
        <source>Which remote is your fork? None of the remotes is (%1 is the upstream repository): add your fork as a remote, or type its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="181"/>
        <source>Which remote is your fork? Tierdesk remembers your choice for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="200"/>
        <source>Choose the remote of your fork to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="213"/>
        <source>The GitHub API URL is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="222"/>
        <source>Publishing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="248"/>
        <source>Publishing failed: %1 The draft is kept; you can publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="265"/>
        <source>Pushed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="268"/>
        <source>Pull request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="279"/>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="298"/>
        <source>Promotion compare URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="280"/>
        <source>Promotion title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="281"/>
        <source>Promotion body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="284"/>
        <source>Removal compare URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="285"/>
        <source>Removal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="286"/>
        <source>Removal body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="303"/>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="309"/>
        <source>Read-only, to copy into GitHub&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="313"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="315"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="315"/>
        <source>Put this text on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::ReleaseNotesPanel</name>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="37"/>
        <source>tag, branch or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="69"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="70"/>
        <source>The tag, branch or commit the notes start after, usually the previous release tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="71"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="71"/>
        <source>The tag, branch or commit the notes end with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="72"/>
        <source>Show Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="73"/>
        <source>List the packages added, updated and removed between the two refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="74"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="76"/>
        <source>Put the release notes on the clipboard as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="77"/>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="79"/>
        <source>Save the release notes to a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="80"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="82"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="106"/>
        <source>Release notes as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="107"/>
        <source>The notes as they will be pasted: each package added, updated or removed, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="120"/>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="134"/>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="188"/>
        <source>Choose two refs to see what changed between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="194"/>
        <source>Reading %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="222"/>
        <source>No release notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="231"/>
        <source>%1 added, %2 updated, %3 removed, %4 unchanged · %5 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="239"/>
        <source>Cut after %1 of %2 packages to fit a GitHub release (%3 characters); Export Markdown saves the whole notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="267"/>
        <source>Copied the notes as cut to fit a GitHub release; export them for the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="269"/>
        <source>Copied the release notes as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="277"/>
        <source>Export Release Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="278"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="286"/>
        <source>Saved the whole notes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="287"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::ReleaseView</name>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="124"/>
        <source>e.g. 8.6.0 or 8.6.0-SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="126"/>
        <source>Stack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="31"/>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="134"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="136"/>
        <location filename="../app/gui/release/ReleaseView.cpp" line="141"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="137"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="139"/>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="145"/>
        <source>Create Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="148"/>
        <source>&amp;Stack version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="150"/>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="113"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="148"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="113"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="114"/>
        <source>Kibana constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="148"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="148"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="149"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="157"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="160"/>
        <source>Distribution identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="162"/>
        <source>Tier / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="162"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="32"/>
        <source>The release production is compared with: the previous version tag, or another tag, branch or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="40"/>
        <source>Previous version tag (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="41"/>
        <source>Other tag, branch or commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="135"/>
        <source>A tag, branch or commit to compare the contents with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="115"/>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="306"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="330"/>
        <source>No repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="330"/>
        <source>Open a package storage to check a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="332"/>
        <source>Type a stack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="333"/>
        <source>The check tells whether production can be tagged for it and what the tag would contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="173"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="125"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="174"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="143"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="175"/>
        <source>Compared with the previous release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="345"/>
        <source>Cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="368"/>
        <source>…and %1 more, listed under Findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="371"/>
        <source>Production can be tagged %1: no finding needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="385"/>
        <source>The %1 branch is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="386"/>
        <source>Tag %1 on %2 at %3 (%4) · stack version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="394"/>
        <source>previous release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="394"/>
        <source>compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="191"/>
        <source>(none: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="194"/>
        <source>No conditions.kibana.version: offered to every stack version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="195"/>
        <source>conditions.kibana.version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="201"/>
        <source>Contents: %1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="212"/>
        <source>Findings: %1 blocking, %2 warnings, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="230"/>
        <source>No previous release to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="232"/>
        <source>No version-named tag is lower than %1; pick a tag, branch or commit under “Compare with”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="238"/>
        <source>No package changed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="67"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="69"/>
        <source>downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="69"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="71"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="107"/>
        <source>What the tag contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="108"/>
        <source>Every package version production holds, with its title and Kibana constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="126"/>
        <source>What stands in the way of the tag or deserves a look, most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="144"/>
        <source>The packages added, updated and removed since the release compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="161"/>
        <source>Whether each tier&apos;s distribution serves the same package versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="247"/>
        <source>Compared with %1: %2 added, %3 updated, %4 removed, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="262"/>
        <source>built from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="267"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="269"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="101"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="102"/>
        <source>Readiness: whether production can be tagged for the stack version; Release Notes: what changed between two refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="105"/>
        <source>&amp;Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="106"/>
        <source>Release &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="107"/>
        <source>Whether production can be tagged for the stack version, and what the tag holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="108"/>
        <source>The packages added, updated and removed between two refs, as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="127"/>
        <source>The stack version production is checked for, e.g. 8.6.0; Enter checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="142"/>
        <source>Check whether production can be tagged for this stack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="143"/>
        <source>Put the readiness report on the clipboard as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="144"/>
        <source>Save the readiness report to a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="391"/>
        <source>evaluated as %1, as Kibana asks the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="405"/>
        <source>Check a stack version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="407"/>
        <source>%1 is already tagged; tags are never moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="409"/>
        <source>Production is not ready for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="410"/>
        <source>Create the annotated tag %1 on the production tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="426"/>
        <source>The report for %1 was copied as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="433"/>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="435"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="443"/>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="444"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="91"/>
        <source>Create Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="28"/>
        <source>Create the annotated tag &lt;b&gt;%1&lt;/b&gt; on %2 at &lt;tt&gt;%3&lt;/tt&gt;? Its message lists the %4 packages of the contents. An existing tag is never moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="43"/>
        <source>The check has warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="96"/>
        <source>Push it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="54"/>
        <source>A remote&apos;s name, a URL or a repository path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="69"/>
        <source>Create Tag Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="69"/>
        <source>Create Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="465"/>
        <source>Creating the tag %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="131"/>
        <source>The tag %1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="133"/>
        <source>Created the tag %1 (%2), but pushing it failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="136"/>
        <source>Created the tag %1 (%2) and pushed it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="138"/>
        <source>Created the tag %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="73"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="75"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="74"/>
        <source>Tiers and remotes, GitHub, appearance and diff options: one tab each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>&amp;Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>&amp;GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source>&amp;Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="80"/>
        <source>The tier names and their order, and the remotes tiers and drafts use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>The GitHub host and the token for pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>System, light or dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="83"/>
        <source>How changes are shown: layout, context lines, whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="84"/>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Write every section&apos;s values and apply them; only possible when all are valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Close the dialog and keep the settings as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Tier &amp;branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Tier remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>The remote whose branches are the tiers when there are no local tier branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Tiers come from &amp;remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Fork remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>The remote promotion and removal drafts are pushed to (your fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Push drafts to &amp;fork:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>The remotes are set per repository: open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>The remotes apply to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="130"/>
        <source>GitHub host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="131"/>
        <source>github.com, or the host name of a GitHub Enterprise server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>GitHub &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>GITHUB_TOKEN and GH_TOKEN, when set, are used before the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="149"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>The colours of the whole application; applies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="154"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="155"/>
        <source>Text sizes follow the system font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="164"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="165"/>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="166"/>
        <source>Diff layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>How a file&apos;s difference is shown at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="168"/>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="171"/>
        <source>Context lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Unchanged lines shown around each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>&amp;Context lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="174"/>
        <source>&amp;Ignore changes in whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="175"/>
        <source>Ignore changes in whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="176"/>
        <source>Lines that differ only in spaces and tabs count as unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::StatusLine</name>
    <message>
        <location filename="../app/gui/shell/StatusLine.cpp" line="14"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::StorageSummary</name>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="58"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="59"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="60"/>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="118"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="67"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="65"/>
        <source>%1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="76"/>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="79"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="83"/>
        <source>No problems were found in any tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="86"/>
        <source>Click to show only packages with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="89"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="119"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::TierCompareView</name>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="44"/>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="44"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="65"/>
        <source>First tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="65"/>
        <source>The tier whose versions are compared with the second tier&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="66"/>
        <source>Second tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="66"/>
        <source>The tier the first tier&apos;s versions are compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="73"/>
        <source>Swap the two tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="74"/>
        <source>Compare the second tier with the first: the “only in” groups change places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="75"/>
        <source>Put the comparison on the clipboard as a Markdown table, for a pull request review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="76"/>
        <source>Save the comparison as Markdown (.md) or plain text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="77"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="79"/>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="83"/>
        <source>Which versions the list and the exports show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="84"/>
        <source>Versions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="85"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="122"/>
        <source>Differences between the tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="123"/>
        <source>The versions of both tiers in groups: different content, only in one tier, identical; double-click a version to show it in the Packages view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="251"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="251"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="251"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="252"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="252"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="254"/>
        <source>No storage is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="263"/>
        <source>Showing only: %1 (%n version(s)).</source>
        <translation>
            <numerusform>Showing only: %1 (%n version).</numerusform>
            <numerusform>Showing only: %1 (%n versions).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="265"/>
        <source>Both sides are %1: choose two different tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="303"/>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="304"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="396"/>
        <source>Copied as Markdown (%1 versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="399"/>
        <source>Copied as Markdown, cut to fit a GitHub comment (65,536 characters): %n row(s) left out. Export… saves the whole table, or choose a filter.</source>
        <translation>
            <numerusform>Copied as Markdown, cut to fit a GitHub comment (65,536 characters): %n row left out. Export… saves the whole table, or choose a filter.</numerusform>
            <numerusform>Copied as Markdown, cut to fit a GitHub comment (65,536 characters): %n rows left out. Export… saves the whole table, or choose a filter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="411"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="412"/>
        <source>Export Tier Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="413"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="425"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="428"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="431"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::TierListEditor</name>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="30"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="30"/>
        <source>Add a tier below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="31"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="31"/>
        <source>Remove the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="32"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="32"/>
        <source>Move the selected tier up, towards production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="33"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="33"/>
        <source>Move the selected tier down, towards snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="35"/>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="36"/>
        <source>The tier branches, the highest (production) first. Press F2 to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="79"/>
        <source>new-tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::TierMatrixModel</name>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="135"/>
        <source>Owner: %1 · Release: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="138"/>
        <source>Last changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="142"/>
        <source>%n version(s) pending promotion or removal.</source>
        <translation>
            <numerusform>%n version pending promotion or removal.</numerusform>
            <numerusform>%n versions pending promotion or removal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="144"/>
        <source>⚠ %n problem(s) in its versions.</source>
        <translation>
            <numerusform>⚠ %n problem in its versions.</numerusform>
            <numerusform>⚠ %n problems in its versions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="202"/>
        <source>%1 has no version of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="212"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="225"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="227"/>
        <source>Every package in any tier, with the title of its newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="234"/>
        <source>%1 · absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::TierOverview</name>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="65"/>
        <source>No storage is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="155"/>
        <source>No branch for this tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tiers/TierOverview.cpp" line="191"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="214"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="218"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="223"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="224"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="226"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="229"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="253"/>
        <source>not set (no Dockerfile with ARG PACKAGE_REGISTRY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="256"/>
        <source>(differs between tiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="283"/>
        <source>Show below what differs between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="230"/>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="274"/>
        <source>A fetch does not move local branches: Tierdesk shows %1 as the local branch has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="232"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="241"/>
        <source>The %1 distribution serves the versions of these tiers; where several hold a version, the highest tier&apos;s copy wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="244"/>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="281"/>
        <source>Compare with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::TokenField</name>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="38"/>
        <source>&amp;Store Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="39"/>
        <source>Remove T&amp;oken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="43"/>
        <source>Token status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="45"/>
        <source>Paste a new token to store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="46"/>
        <source>New GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="47"/>
        <source>Stored in the system keychain, never in the settings; never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="48"/>
        <source>Store token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="49"/>
        <source>Store the token in the system keychain for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="50"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="51"/>
        <source>Remove this host&apos;s token from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="81"/>
        <source>Looking in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="134"/>
        <source>Set: a token for %1 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="135"/>
        <source>Not set: the system keychain holds no token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="137"/>
        <source>⚠ The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::VersionChipDelegate</name>
    <message numerus="yes">
        <location filename="../app/gui/matrix/VersionChipDelegate.cpp" line="279"/>
        <source>%n more version(s): %1</source>
        <translation>
            <numerusform>%n more version: %1</numerusform>
            <numerusform>%n more versions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::VersionTimeline</name>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="76"/>
        <source>Versions across tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="77"/>
        <source>Every version of the package on a line, one row per tier; arrow keys move between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="339"/>
        <source>no version of this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="339"/>
        <source>no branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="382"/>
        <source>%1 ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="384"/>
        <source>◂ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="432"/>
        <source>← older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="433"/>
        <source>newer →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierdesk::WindowSettings</name>
    <message>
        <location filename="../app/gui/shell/WindowSettings.cpp" line="18"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/shell/WindowSettings.cpp" line="24"/>
        <source>Tiers, remotes, GitHub, appearance and diff options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
