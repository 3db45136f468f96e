<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="81"/>
        <source>The selected cell has no +N chip.</source>
        <translation>Die ausgewählte Zelle hat keinen +N-Chip.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="92"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="139"/>
        <source>The promotion dialog did not open for %1:%2@%3.</source>
        <translation>Der Beförderungsdialog hat sich für %1:%2@%3 nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="152"/>
        <source>%1:%2@%3 is not in the matrix.</source>
        <translation>%1:%2@%3 ist nicht in der Matrix.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="187"/>
        <source>Could not load the storage: %1 (the screenshot shows the error).</source>
        <translation>Der Speicher konnte nicht geladen werden: %1 (das Bildschirmfoto zeigt den Fehler).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ScreenshotMode.cpp" line="191"/>
        <source>Loading took more than five minutes; no screenshot was taken.</source>
        <translation>Das Laden dauerte länger als fünf Minuten; es wurde kein Bildschirmfoto aufgenommen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="57"/>
        <source>Review package-storage tiers side by side.</source>
        <translation>Die Stufen eines Paketspeichers nebeneinander prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="61"/>
        <source>The package-storage repository to open. Default: the one opened last, else the demo storage.</source>
        <translation>Das zu öffnende Paketspeicher-Repository. Vorgabe: das zuletzt geöffnete, sonst der Demo-Speicher.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="63"/>
        <source>[REPO]</source>
        <translation>[REPO]</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="18"/>
        <source>Read the tiers from remote-tracking branches of NAME when there are no local tier branches.</source>
        <translation>Die Stufen aus den Remote-Tracking-Branches von NAME lesen, wenn es keine lokalen Stufen-Branches gibt.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="20"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="22"/>
        <source>Load the storage, save a PNG screenshot of the window to FILE and exit.</source>
        <translation>Den Speicher laden, ein PNG-Bildschirmfoto des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="24"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="25"/>
        <source>The window size, e.g. 1280x800 (the default for screenshots).</source>
        <translation>Die Fenstergröße, z. B. 1280x800 (die Vorgabe für Bildschirmfotos).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="26"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="27"/>
        <source>Use a dark palette, to check readability.</source>
        <translation>Eine dunkle Farbpalette verwenden, um die Lesbarkeit zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="28"/>
        <source>The view to show: packages, tiers, release or drafts.</source>
        <translation>Die anzuzeigende Ansicht: packages, tiers, release oder drafts.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="29"/>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="30"/>
        <source>Select a version, e.g. snapshot:nginx@1.3.0.</source>
        <translation>Eine Version auswählen, z. B. snapshot:nginx@1.3.0.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="31"/>
        <source>TIER:NAME@VERSION</source>
        <translation>STUFE:NAME@VERSION</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="32"/>
        <source>The side panel of the packages view: details or changes.</source>
        <translation>Die Seitenleiste der Paketansicht: details oder changes.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="33"/>
        <source>PANEL</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="35"/>
        <source>Check production for this stack version in the release view.</source>
        <translation>In der Release-Ansicht production für diese Stack-Version prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="36"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="38"/>
        <source>Show the release notes between two refs in the release view.</source>
        <translation>Die Release Notes zwischen zwei Refs in der Release-Ansicht zeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="39"/>
        <source>FROM..TO</source>
        <translation>VON..BIS</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="42"/>
        <source>The tiers (and filter) of the tier comparison, e.g. snapshot:production:shadowed.</source>
        <translation>Die Stufen (und der Filter) des Stufenvergleichs, z. B. snapshot:production:shadowed.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="44"/>
        <source>A:B[:FILTER]</source>
        <translation>A:B[:FILTER]</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="46"/>
        <source>For screenshots: open the base chooser of the Changes panel (chooser) or the list behind the selected cell&apos;s +N chip (overflow).</source>
        <translation>Für Bildschirmfotos: die Basisauswahl der Änderungen öffnen (chooser) oder die Liste hinter dem +N-Chip der ausgewählten Zelle (overflow).</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="48"/>
        <source>POPUP</source>
        <translation>POPUP</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="50"/>
        <source>For screenshots: grab a dialog instead of the window: settings[:tiers|github|appearance|diff], or promotion[:plan|checks|texts|adds|draft] of the --select version.</source>
        <translation>Für Bildschirmfotos: statt des Fensters einen Dialog aufnehmen: settings[:tiers|github|appearance|diff] oder promotion[:plan|checks|texts|adds|draft] der mit --select gewählten Version.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="53"/>
        <source>DIALOG</source>
        <translation>DIALOG</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="91"/>
        <source>--dialog promotion needs --select TIER:NAME@VERSION.</source>
        <translation>--dialog promotion braucht --select STUFE:NAME@VERSION.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="93"/>
        <source>--dialog must be settings[:%1] or promotion[:%2], not “%3”.</source>
        <translation>--dialog muss settings[:%1] oder promotion[:%2] sein, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="103"/>
        <source>The view must be packages, tiers, release or drafts, not “%1”.</source>
        <translation>Die Ansicht muss packages, tiers, release oder drafts sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="121"/>
        <source>--release-notes takes two refs as FROM..TO, not “%1”.</source>
        <translation>--release-notes erwartet zwei Refs als VON..BIS, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="129"/>
        <source>--compare must look like snapshot:production:shadowed, not “%1”.</source>
        <translation>--compare muss wie snapshot:production:shadowed aussehen, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="137"/>
        <source>--popup must be chooser or overflow, not “%1”.</source>
        <translation>--popup muss chooser oder overflow sein, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="153"/>
        <source>Give at most one repository.</source>
        <translation>Bitte höchstens ein Repository angeben.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="77"/>
        <source>The size must look like 1280x800, not “%1”.</source>
        <translation>Die Größe muss wie 1280x800 aussehen, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/CommandLine.cpp" line="110"/>
        <source>--select must look like snapshot:nginx@1.3.0, not “%1”.</source>
        <translation>--select muss wie snapshot:nginx@1.3.0 aussehen, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="33"/>
        <source>Only these versions: changed (in both, different content), only-a, only-b, shadowed (a copy never served) or pending (a promoted copy awaiting removal).</source>
        <translation>Nur diese Versionen: changed (in beiden, unterschiedlicher Inhalt), only-a, only-b, shadowed (eine Kopie, die nie ausgeliefert wird) oder pending (eine beförderte Kopie, deren Entfernung aussteht).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="35"/>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="36"/>
        <source>Print Markdown for a pull request comment, cut to fit one (65,536 characters) with a line saying what was left out.</source>
        <translation>Markdown für einen Pull-Request-Kommentar ausgeben, auf dessen Größe (65.536 Zeichen) gekürzt, mit einer Zeile, die sagt, was weggelassen wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="38"/>
        <source>Print one JSON document: both tier commits, counts and every version.</source>
        <translation>Ein JSON-Dokument ausgeben: beide Stufen-Commits, Anzahlen und jede Version.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="39"/>
        <source>Write the whole comparison, never cut, to FILE instead.</source>
        <translation>Stattdessen den ganzen Vergleich, nie gekürzt, in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="40"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="41"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation>Remote, dessen Stufen-Branches verwendet werden, wenn es keinen lokalen gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="42"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="43"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation>Stufen-Branches, die niedrigste zuerst (Standard: snapshot,staging,production).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="44"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="65"/>
        <source>tierdesk-cli compare: give a repository and two tiers.</source>
        <translation>tierdesk-cli compare: ein Repository und zwei Stufen angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="72"/>
        <source>choose one of --markdown and --json.</source>
        <translation>entweder --markdown oder --json wählen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="79"/>
        <source>--only takes changed, only-a, only-b, shadowed or pending, not “%1”.</source>
        <translation>--only nimmt changed, only-a, only-b, shadowed oder pending, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="90"/>
        <source>“%1” is not a tier; the tiers are %2.</source>
        <translation>„%1“ ist keine Stufe; die Stufen sind %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="132"/>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="133"/>
        <source>Wrote %1 (%2 characters).</source>
        <translation>%1 geschrieben (%2 Zeichen).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="142"/>
        <source>Compares two tiers from git objects: what only one holds, what both hold with identical or different content, which copies are shadowed or await removal; as text, Markdown or JSON, with both tier commits.</source>
        <translation>Vergleicht zwei Stufen aus Git-Objekten: was nur eine enthält, was beide mit gleichem oder unterschiedlichem Inhalt enthalten, welche Kopien verdeckt sind oder auf ihre Entfernung warten; als Text, Markdown oder JSON, mit beiden Stufen-Commits.</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="144"/>
        <source>The package-storage repository (bare or not).</source>
        <translation>Das Package-Storage-Repository (bare oder nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="145"/>
        <source>The first tier (e.g. staging).</source>
        <translation>Die erste Stufe (z. B. staging).</translation>
    </message>
    <message>
        <location filename="../app/cli/CompareCommand.cpp" line="146"/>
        <source>The second tier (e.g. production).</source>
        <translation>Die zweite Stufe (z. B. production).</translation>
    </message>
</context>
<context>
    <name>DemoStorage</name>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="164"/>
        <source>The demo history has an invalid date: %1.</source>
        <translation>Die Demo-Historie enthält ein ungültiges Datum: %1.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="189"/>
        <source>The demo has no content for %1.</source>
        <translation>Die Demo hat keinen Inhalt für %1.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="313"/>
        <source>%1 is not in %2.</source>
        <translation>%1 ist nicht in %2.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="354"/>
        <source>Could not find the commit to tag.</source>
        <translation>Der zu taggende Commit wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="363"/>
        <location filename="../lib/demo/DemoStorage.cpp" line="369"/>
        <source>Could not write the release tag.</source>
        <translation>Das Release-Tag konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="382"/>
        <source>Could not point HEAD at production.</source>
        <translation>HEAD konnte nicht auf production gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="542"/>
        <source>“%1” already exists and is not empty.</source>
        <translation>„%1“ existiert bereits und ist nicht leer.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="544"/>
        <location filename="../lib/demo/DemoStorage.cpp" line="568"/>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="561"/>
        <source>“%1” exists and is not the Tierdesk demo; it was left untouched. Move it away to get the demo back.</source>
        <translation>„%1“ existiert und ist nicht die Tierdesk-Demo; er wurde nicht verändert. Verschieben Sie ihn, um die Demo zurückzubekommen.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="572"/>
        <source>Could not create a temporary folder in “%1”.</source>
        <translation>In „%1“ konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/demo/DemoStorage.cpp" line="583"/>
        <source>Could not move the demo into “%1”.</source>
        <translation>Die Demo konnte nicht nach „%1“ verschoben werden.</translation>
    </message>
</context>
<context>
    <name>DiffBases</name>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="83"/>
        <source>What %1 serves: %2 (what promoting changes)</source>
        <translation>Was %1 ausliefert: %2 (was das Befördern ändert)</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="84"/>
        <source>What %1&apos;s distribution serves: %2 from %3</source>
        <translation>Was die Distribution von %1 ausliefert: %2 aus %3</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="85"/>
        <source>Previous version in %1: %2</source>
        <translation>Vorige Version in %1: %2</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="86"/>
        <source>Same version in %1</source>
        <translation>Dieselbe Version in %1</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="87"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="89"/>
        <source>At %1: the newest %2</source>
        <translation>Bei %1: das neueste %2</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffBases.cpp" line="90"/>
        <source>At %1: %2@%3</source>
        <translation>Bei %1: %2@%3</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="42"/>
        <source>mode %1 → %2</source>
        <translation>Modus %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="44"/>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="46"/>
        <source>too large: %1</source>
        <translation>zu groß: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="48"/>
        <source>whitespace only</source>
        <translation>nur Leerraum</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="50"/>
        <source>line endings only</source>
        <translation>nur Zeilenenden</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="52"/>
        <source>content unchanged</source>
        <translation>Inhalt unverändert</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="69"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="80"/>
        <source>Files: %1 changed (%2 added, %3 removed, %4 modified, %5 renamed); lines: +%6 -%7.</source>
        <translation>Dateien: %1 geändert (%2 hinzugefügt, %3 entfernt, %4 verändert, %5 umbenannt); Zeilen: +%6 -%7.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="90"/>
        <source>Difference: %1.</source>
        <translation>Unterschied: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="96"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="105"/>
        <source>Manifest: no field changed.</source>
        <translation>Manifest: kein Feld geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="107"/>
        <source>Manifest:</source>
        <translation>Manifest:</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="108"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="108"/>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="108"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="110"/>
        <source>%1 (added)</source>
        <translation>%1 (hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="111"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="133"/>
        <source>Changelog entries added:</source>
        <translation>Hinzugefügte Changelog-Einträge:</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="134"/>
        <source>Changelog entries removed:</source>
        <translation>Entfernte Changelog-Einträge:</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="136"/>
        <source>Changelog: no entry added.</source>
        <translation>Changelog: kein Eintrag hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="138"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="180"/>
        <source>tierdesk-cli diff: give a repository and two versions as REF:NAME@VERSION.</source>
        <translation>tierdesk-cli diff: ein Repository und zwei Versionen als REF:NAME@VERSION angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="218"/>
        <source>“%1” is not REF:NAME@VERSION, where REF is a tier, tag, branch or commit (e.g. staging:nginx@1.2.0, 7.10.0:nginx@1.1.0).</source>
        <translation>„%1“ ist nicht REF:NAME@VERSION, wobei REF eine Stufe, ein Tag, ein Branch oder ein Commit ist (z. B. staging:nginx@1.2.0, 7.10.0:nginx@1.1.0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="255"/>
        <source>The two versions have the same content: %1.</source>
        <translation>Die beiden Versionen haben denselben Inhalt: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="287"/>
        <source>Compares two package versions, in any tiers, straight from git objects: files, lines, manifest fields and new changelog entries.</source>
        <translation>Vergleicht zwei Paketversionen aus beliebigen Stufen direkt aus den Git-Objekten: Dateien, Zeilen, Manifest-Felder und neue Changelog-Einträge.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="289"/>
        <source>The package-storage repository (bare or not).</source>
        <translation>Das Paketspeicher-Repository (bare oder nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="291"/>
        <source>The old side, as REF:NAME@VERSION: REF is a tier, a tag, a branch or a commit (e.g. production:nginx@1.2.0, 7.10.0:nginx@1.1.0, 1a2b3c4:nginx@1.1.0).</source>
        <translation>Die alte Seite, als REF:NAME@VERSION: REF ist eine Stufe, ein Tag, ein Branch oder ein Commit (z. B. production:nginx@1.2.0, 7.10.0:nginx@1.1.0, 1a2b3c4:nginx@1.1.0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="293"/>
        <source>The new side, as REF:NAME@VERSION (e.g. snapshot:nginx@1.3.0).</source>
        <translation>Die neue Seite, als REF:NAME@VERSION (z. B. snapshot:nginx@1.3.0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="150"/>
        <source>Print only the table of files with their line counts and totals.</source>
        <translation>Nur die Tabelle der Dateien mit ihren Zeilenzahlen und Summen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="151"/>
        <source>Print one JSON document: files and the manifest summary.</source>
        <translation>Ein JSON-Dokument ausgeben: Dateien und die Manifest-Zusammenfassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="152"/>
        <source>Print a unified diff (files above the size limit appear as binary).</source>
        <translation>Einen Unified Diff ausgeben (Dateien über der Größengrenze erscheinen als binär).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="153"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation>Remote, dessen Stufen-Branches verwendet werden, wenn es keinen lokalen gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="154"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="155"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation>Stufen-Branches, niedrigste zuerst (Vorgabe: snapshot,staging,production).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="156"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="158"/>
        <source>Files larger than BYTES are listed as too large and not compared (default: 1048576).</source>
        <translation>Dateien größer als BYTES werden als zu groß aufgeführt und nicht verglichen (Vorgabe: 1048576).</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="159"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="186"/>
        <source>choose one of --stat, --json and --patch.</source>
        <translation>Wählen Sie eine der Optionen --stat, --json und --patch.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="193"/>
        <source>--max-size takes a number of bytes, not “%1”.</source>
        <translation>--max-size erwartet eine Anzahl Bytes, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="236"/>
        <source>could not write to the standard output.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="251"/>
        <source>The two versions have identical content.</source>
        <translation>Die beiden Versionen haben identischen Inhalt.</translation>
    </message>
</context>
<context>
    <name>DiffKind</name>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="79"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="81"/>
        <source>content and file modes differ</source>
        <translation>Inhalt und Dateimodi unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="81"/>
        <source>content differs</source>
        <translation>der Inhalt unterscheidet sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="83"/>
        <source>only file modes differ</source>
        <translation>nur die Dateimodi unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="85"/>
        <source>only whitespace differs</source>
        <translation>nur Leerraum unterscheidet sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="87"/>
        <source>only line endings differ</source>
        <translation>nur die Zeilenenden unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="90"/>
        <source>only file modes, whitespace and line endings differ</source>
        <translation>nur Dateimodi, Leerraum und Zeilenenden unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="92"/>
        <source>only file modes and whitespace differ</source>
        <translation>nur Dateimodi und Leerraum unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="94"/>
        <source>only file modes and line endings differ</source>
        <translation>nur Dateimodi und Zeilenenden unterscheiden sich</translation>
    </message>
    <message>
        <location filename="../lib/diff/DiffKind.cpp" line="95"/>
        <source>only whitespace and line endings differ</source>
        <translation>nur Leerraum und Zeilenenden unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>GitFetch</name>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="82"/>
        <source>Receiving objects (%1 KiB)</source>
        <translation>Objekte werden empfangen (%1 KiB)</translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="22"/>
        <source>Fetching from “%1” was cancelled.</source>
        <translation>Das Abrufen von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="31"/>
        <source>The repository has no remote named “%1”; add one with git remote add, or choose another remote.</source>
        <translation>Das Repository hat kein Remote namens „%1“; fügen Sie eines mit git remote add hinzu oder wählen Sie ein anderes Remote.</translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="136"/>
        <source>Could not fetch from “%1” (%2).</source>
        <translation>Abrufen von „%1“ fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>GitPush</name>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="124"/>
        <source>Could not read the remote “%1”.</source>
        <translation>Das Remote „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="135"/>
        <source>There is no remote named “%1” in this repository.</source>
        <translation>In diesem Repository gibt es kein Remote namens „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="141"/>
        <source>“%1” is not a usable remote address.</source>
        <translation>„%1“ ist keine verwendbare Remote-Adresse.</translation>
    </message>
    <message>
        <location filename="../lib/git/Credentials.cpp" line="103"/>
        <source>the ssh agent</source>
        <translation>der SSH-Agent</translation>
    </message>
    <message>
        <location filename="../lib/git/Credentials.cpp" line="132"/>
        <source>the GitHub token</source>
        <translation>das GitHub-Token</translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="175"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="187"/>
        <source>%1 failed: the server&apos;s identity could not be verified (its SSH host key is not in ~/.ssh/known_hosts, or its HTTPS certificate is not trusted). No credentials were sent.</source>
        <translation>%1 fehlgeschlagen: Die Identität des Servers konnte nicht überprüft werden (sein SSH-Host-Schlüssel steht nicht in ~/.ssh/known_hosts oder sein HTTPS-Zertifikat ist nicht vertrauenswürdig). Es wurden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="104"/>
        <source>%1 failed: the server asks for credentials and none is available (an ssh agent, a key file in ~/.ssh, or a GitHub token for HTTPS).</source>
        <translation>%1 fehlgeschlagen: Der Server verlangt Zugangsdaten, aber keine sind verfügbar (ein SSH-Agent, eine Schlüsseldatei in ~/.ssh oder ein GitHub-Token für HTTPS).</translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="96"/>
        <source>%1 failed: the server asks for credentials, and the GitHub token is sent only over HTTPS to %2, the configured GitHub host; it was not sent to %3.</source>
        <translation>%1 fehlgeschlagen: Der Server verlangt Zugangsdaten, und das GitHub-Token wird nur über HTTPS an %2, den eingestellten GitHub-Host, gesendet; an %3 wurde es nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/git/Transfer.cpp" line="108"/>
        <source>%1 failed: the server refused the credentials after %n attempt(s) (tried %2).</source>
        <translation>
            <numerusform>%1 fehlgeschlagen: Der Server hat die Zugangsdaten nach %n Versuch abgelehnt (versucht: %2).</numerusform>
            <numerusform>%1 fehlgeschlagen: Der Server hat die Zugangsdaten nach %n Versuchen abgelehnt (versucht: %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/git/Transfer.cpp" line="175"/>
        <source>%1 failed.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="112"/>
        <location filename="../lib/git/Remote.cpp" line="133"/>
        <source>Pushing to %1</source>
        <translation>Push nach %1</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="58"/>
        <source>the server did not confirm this update</source>
        <translation>der Server hat diese Aktualisierung nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="152"/>
        <source>Fetching %1 from %2</source>
        <translation>%1 wird von %2 abgerufen</translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="134"/>
        <location filename="../lib/git/RemoteFetch.cpp" line="153"/>
        <source>Fetching from %1</source>
        <translation>Abrufen von %1</translation>
    </message>
    <message>
        <location filename="../lib/git/RemoteFetch.cpp" line="79"/>
        <source>%1 has no branch “%2”.</source>
        <translation>%1 hat keinen Branch „%2“.</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="48"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="51"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="60"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="74"/>
        <source>Markers: = identical copy in a higher tier (promoted, removal pending); ~ different content from the served copy (shadowed); ! has problems.</source>
        <translation>Markierungen: = identische Kopie in einer höheren Stufe (befördert, Entfernung ausstehend); ~ anderer Inhalt als die ausgelieferte Kopie (verdeckt); ! hat Probleme.</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="79"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="79"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="79"/>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="87"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="89"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="107"/>
        <source>Packages: %1, versions: %2, problems: %3.</source>
        <translation>Pakete: %1, Versionen: %2, Probleme: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="118"/>
        <source>Lists what every tier of a package storage holds, read from git objects.</source>
        <translation>Listet auf, was jede Stufe eines Paketspeichers enthält, gelesen aus Git-Objekten.</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="119"/>
        <source>The package-storage repository (bare or not).</source>
        <translation>Das Paketspeicher-Repository (bare oder nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="120"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation>Remote, dessen Stufen-Branches verwendet werden, wenn es keinen lokalen gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="121"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="122"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation>Stufen-Branches, niedrigste zuerst (Vorgabe: snapshot,staging,production).</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="123"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="124"/>
        <source>Print one JSON document instead of tables.</source>
        <translation>Ein JSON-Dokument statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/IndexCommand.cpp" line="130"/>
        <source>tierdesk-cli index: give exactly one repository.</source>
        <translation>tierdesk-cli index: Bitte genau ein Repository angeben.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="27"/>
        <source>The manifest field “%1” should be a single value.</source>
        <translation>Das Manifest-Feld „%1“ sollte ein einzelner Wert sein.</translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="52"/>
        <source>The manifest is beyond what Tierdesk reads (%1).</source>
        <translation>Das Manifest übersteigt, was Tierdesk liest (%1).</translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="55"/>
        <source>The manifest is not valid YAML (line %1, column %2: %3).</source>
        <translation>Das Manifest ist kein gültiges YAML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="98"/>
        <source>The manifest is not a YAML mapping of fields.</source>
        <translation>Das Manifest ist keine YAML-Zuordnung von Feldern.</translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="106"/>
        <location filename="../lib/storage/ManifestStore.cpp" line="28"/>
        <location filename="../lib/storage/SnapshotStore.cpp" line="36"/>
        <source>The manifest has no “name”.</source>
        <translation>Das Manifest hat keinen „name“.</translation>
    </message>
    <message>
        <location filename="../lib/storage/Manifest.cpp" line="108"/>
        <source>The manifest has no “version”.</source>
        <translation>Das Manifest hat keine „version“.</translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="107"/>
        <source>the alias “*%1” names no anchor before it</source>
        <translation>der Alias „*%1“ verweist auf keinen vorher definierten Anker</translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="117"/>
        <location filename="../lib/yaml/YamlDocument.cpp" line="172"/>
        <source>the text nests deeper than %1 levels</source>
        <translation>der Text ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="168"/>
        <source>aliases expand the text to more than %1 nodes</source>
        <translation>Aliase erweitern den Text auf mehr als %1 Knoten</translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="193"/>
        <source>the key “%1” appears twice in one mapping (first on line %2)</source>
        <translation>der Schlüssel „%1“ kommt in einer Zuordnung zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="281"/>
        <source>the text is %1 KiB long, more than the %2 KiB Tierdesk reads</source>
        <translation>der Text ist %1 KiB lang, mehr als die %2 KiB, die Tierdesk liest</translation>
    </message>
    <message>
        <location filename="../lib/yaml/YamlDocument.cpp" line="308"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ManifestDiff</name>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="82"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="83"/>
        <source>Kibana constraint</source>
        <translation>Kibana-Bedingung</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="85"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="86"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="87"/>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="89"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="90"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="91"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="92"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="94"/>
        <source>Icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../lib/storage/Changelog.cpp" line="39"/>
        <source>changelog.yml is beyond what Tierdesk reads (%1).</source>
        <translation>changelog.yml übersteigt, was Tierdesk liest (%1).</translation>
    </message>
    <message>
        <location filename="../lib/storage/Changelog.cpp" line="41"/>
        <source>changelog.yml is not valid YAML (line %1: %2).</source>
        <translation>changelog.yml ist kein gültiges YAML (Zeile %1: %2).</translation>
    </message>
    <message>
        <location filename="../lib/storage/Changelog.cpp" line="45"/>
        <source>changelog.yml is not a list of versions.</source>
        <translation>changelog.yml ist keine Liste von Versionen.</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="314"/>
        <source>The old manifest.yml could not be read.</source>
        <translation>Das alte manifest.yml konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="316"/>
        <source>The new manifest.yml could not be read.</source>
        <translation>Das neue manifest.yml konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="318"/>
        <source>Only the new side has a manifest.yml.</source>
        <translation>Nur die neue Seite hat ein manifest.yml.</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="319"/>
        <source>Only the old side has a manifest.yml.</source>
        <translation>Nur die alte Seite hat ein manifest.yml.</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="350"/>
        <source>Old side: %1</source>
        <translation>Alte Seite: %1</translation>
    </message>
    <message>
        <location filename="../lib/diff/ManifestDiff.cpp" line="352"/>
        <source>New side: %1</source>
        <translation>Neue Seite: %1</translation>
    </message>
</context>
<context>
    <name>PackageAssets</name>
    <message>
        <location filename="../lib/storage/PackageAssets.cpp" line="98"/>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PackageDiff</name>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="56"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="153"/>
        <source>Could not compare %1 with %2.</source>
        <translation>%1 konnte nicht mit %2 verglichen werden.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="160"/>
        <source>Could not look for renamed files.</source>
        <translation>Die Suche nach umbenannten Dateien ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="214"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="297"/>
        <source>The tier %1 has no branch (looked for %2).</source>
        <translation>Die Stufe %1 hat keinen Branch (gesucht: %2).</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="265"/>
        <source>%1 has no package “%2”; it has no packages at all.</source>
        <translation>%1 hat kein Paket „%2“; es hat überhaupt keine Pakete.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="267"/>
        <source>%1 has no package “%2”; it has %3.</source>
        <translation>%1 hat kein Paket „%2“; es hat %3.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="270"/>
        <source>“%1” is in %2.</source>
        <translation>„%1“ ist in %2.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="280"/>
        <source>%1 has no version %2 of %3; it has %4.</source>
        <translation>%1 hat keine Version %2 von %3; es hat %4.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="284"/>
        <source>%1 has it.</source>
        <translation>%1 hat sie.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="304"/>
        <source>“%1” is neither a tier (the tiers are %2) nor a tag, branch or commit.</source>
        <translation>„%1“ ist weder eine Stufe (die Stufen sind %2) noch ein Tag, Branch oder Commit.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="402"/>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="429"/>
        <location filename="../lib/diff/PackageDiff.cpp" line="583"/>
        <source>Could not compare “%1”.</source>
        <translation>„%1“ konnte nicht verglichen werden.</translation>
    </message>
    <message>
        <location filename="../lib/diff/PackageDiff.cpp" line="640"/>
        <source>Could not write the difference of %1 and %2.</source>
        <translation>Der Unterschied zwischen %1 und %2 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PromoteCommand</name>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="48"/>
        <source>The remote (your fork) the draft branches are pushed to: a name or URL.</source>
        <translation>Das Remote (Ihr Fork), auf das die Entwurfs-Branches gepusht werden: ein Name oder eine URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="49"/>
        <location filename="../app/cli/PromotionShared.cpp" line="52"/>
        <location filename="../app/cli/PromotionShared.cpp" line="58"/>
        <location filename="../app/cli/WhyCommand.cpp" line="81"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="50"/>
        <source>GitHub API base URL (GitHub Enterprise: https://HOST/api/v3).</source>
        <translation>Basis-URL der GitHub-API (GitHub Enterprise: https://HOST/api/v3).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="50"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="52"/>
        <source>Owner of the fork (default: from the remote&apos;s URL).</source>
        <translation>Besitzer des Forks (Vorgabe: aus der URL des Remotes).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="53"/>
        <source>GitHub repository the pull requests go to (default: from the upstream remote&apos;s URL).</source>
        <translation>GitHub-Repository, an das die Pull Requests gehen (Vorgabe: aus der URL des Upstream-Remotes).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="54"/>
        <source>OWNER/REPO</source>
        <translation>BESITZER/REPO</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="56"/>
        <source>Remote of the upstream repository: its tier branches, its GitHub address, and the fetch for the removal check.</source>
        <translation>Remote des Upstream-Repositorys: seine Stufen-Branches, seine GitHub-Adresse und der Abruf für die Entfernungsprüfung.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="59"/>
        <source>Push only; print the compare links.</source>
        <translation>Nur pushen; die Vergleichslinks ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="60"/>
        <source>Do not look for the GitHub token in the system keychain.</source>
        <translation>Nicht im Schlüsselbund des Systems nach dem GitHub-Token suchen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="62"/>
        <source>Allow --remote to be the repository the tier branches come from (refused otherwise: draft branches belong in your fork).</source>
        <translation>Erlauben, dass --remote das Repository ist, aus dem die Stufen-Branches stammen (sonst abgelehnt: Entwurfs-Branches gehören in Ihren Fork).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="64"/>
        <source>Seconds to wait for GitHub (default 30).</source>
        <translation>Sekunden, die auf GitHub gewartet wird (Vorgabe 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="64"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="150"/>
        <source>remove only (not promoted)</source>
        <translation>nur entfernen (nicht befördert)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="156"/>
        <source>copy, remove</source>
        <translation>kopieren, entfernen</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="157"/>
        <source>copy over different content, remove</source>
        <translation>über anderen Inhalt kopieren, entfernen</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="163"/>
        <source>Promotion from %1 to %2 (versions: %3, newest only: %4)</source>
        <translation>Beförderung von %1 nach %2 (Versionen: %3, nur neueste: %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="166"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="166"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="171"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="180"/>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="182"/>
        <source>nothing to report</source>
        <translation>nichts zu melden</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="187"/>
        <source> (not confirmed)</source>
        <translation> (nicht bestätigt)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="187"/>
        <source> (confirmed)</source>
        <translation> (bestätigt)</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="151"/>
        <location filename="../app/cli/PromotionShared.cpp" line="137"/>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="138"/>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="140"/>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="141"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="152"/>
        <location filename="../app/cli/PromotionShared.cpp" line="143"/>
        <source>Pull request:</source>
        <translation>Pull Request:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="144"/>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="150"/>
        <source>Promotion draft</source>
        <translation>Beförderungsentwurf</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="156"/>
        <source>Removal draft</source>
        <translation>Entfernungsentwurf</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="31"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="33"/>
        <source>Pushed to %1: %2</source>
        <translation>Gepusht nach %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="35"/>
        <source>Promotion pull request:</source>
        <translation>Beförderungs-Pull-Request:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="37"/>
        <source>Removal pull request:</source>
        <translation>Entfernungs-Pull-Request:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="39"/>
        <source>Open the promotion:</source>
        <translation>Beförderung öffnen:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="41"/>
        <source>Open the removal:</source>
        <translation>Entfernung öffnen:</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="164"/>
        <source>Using the GitHub token from %1.</source>
        <translation>Das GitHub-Token aus %1 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="169"/>
        <source>The draft %1 is kept; retry with: tierdesk-cli drafts %2 --publish %1 --remote %3</source>
        <translation>Der Entwurf %1 bleibt erhalten; erneut versuchen mit: tierdesk-cli drafts %2 --publish %1 --remote %3</translation>
    </message>
    <message>
        <location filename="../app/cli/PromotionShared.cpp" line="128"/>
        <source>tierdesk-cli %1: give exactly one repository.</source>
        <translation>tierdesk-cli %1: Bitte genau ein Repository angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="276"/>
        <source>Drafts a promotion: a branch copying the chosen versions to a higher tier (same tree objects), and a branch removing them from the lower tier. Only new objects and two new branches are written.</source>
        <translation>Erstellt den Entwurf einer Beförderung: einen Branch, der die gewählten Versionen in eine höhere Stufe kopiert (dieselben Tree-Objekte), und einen Branch, der sie aus der niedrigeren Stufe entfernt. Es werden nur neue Objekte und zwei neue Branches geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="278"/>
        <location filename="../app/cli/WhyCommand.cpp" line="78"/>
        <source>The package-storage repository (bare or not).</source>
        <translation>Das Paketspeicher-Repository (bare oder nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="30"/>
        <source>The source tier.</source>
        <translation>Die Quellstufe.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="30"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="31"/>
        <source>TIER</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="31"/>
        <source>The destination tier (any higher tier).</source>
        <translation>Die Zielstufe (jede höhere Stufe).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="33"/>
        <source>Versions to promote: name@version or name-version, comma-separated; a bare name means its newest version.</source>
        <translation>Zu befördernde Versionen: name@version oder name-version, durch Kommas getrennt; ein bloßer Name steht für seine neueste Version.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="35"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="45"/>
        <location filename="../app/cli/WhyCommand.cpp" line="83"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="37"/>
        <source>Promote each package&apos;s newest version and remove all its versions from the source tier.</source>
        <translation>Die neueste Version jedes Pakets befördern und alle seine Versionen aus der Quellstufe entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="39"/>
        <source>Show the plan, checks and texts; write nothing.</source>
        <translation>Plan, Prüfungen und Texte anzeigen; nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="31"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="40"/>
        <location filename="../app/cli/WhyCommand.cpp" line="84"/>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="42"/>
        <source>Confirm findings that need it: “all”, or their keys, comma-separated.</source>
        <translation>Befunde bestätigen, die es erfordern: „all“ oder ihre Schlüssel, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="43"/>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="44"/>
        <location filename="../app/cli/WhyCommand.cpp" line="82"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation>Stufen-Branches, niedrigste zuerst (Vorgabe: snapshot,staging,production).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="46"/>
        <source>Push both branches to --remote and open both draft pull requests.</source>
        <translation>Beide Branches nach --remote pushen und beide Pull Requests als Entwurf öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="60"/>
        <source>tierdesk-cli promote: --%1 is required.</source>
        <translation>tierdesk-cli promote: --%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="66"/>
        <source>tierdesk-cli promote: --publish needs --remote (your fork).</source>
        <translation>tierdesk-cli promote: --publish braucht --remote (Ihren Fork).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="98"/>
        <location filename="../app/cli/PromoteCommand.cpp" line="107"/>
        <source>The upstream&apos;s open pull requests were not read: %1</source>
        <translation>Die offenen Pull Requests des Upstreams wurden nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="152"/>
        <source>remove only (%1 serves it identically from %2)</source>
        <translation>nur entfernen (%1 liefert sie identisch aus %2 aus)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="154"/>
        <source>blocked (%1 has other content)</source>
        <translation>blockiert (%1 hat anderen Inhalt)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="199"/>
        <location filename="../app/cli/PromotionShared.cpp" line="152"/>
        <source>Promotion draft: none, %1&apos;s distribution already serves every version with identical content.</source>
        <translation>Beförderungsentwurf: keiner, die Distribution von %1 liefert bereits jede Version mit identischem Inhalt aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="206"/>
        <source>Promotion draft (not written)</source>
        <translation>Beförderungsentwurf (nicht geschrieben)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="210"/>
        <source>Removal draft (not written)</source>
        <translation>Entfernungsentwurf (nicht geschrieben)</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="215"/>
        <source>Blocked: nothing was drafted.</source>
        <translation>Blockiert: Es wurde kein Entwurf erstellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="217"/>
        <source>Not drafted: confirm with --confirm %1 (or --confirm all).</source>
        <translation>Kein Entwurf erstellt: Bestätigen Sie mit --confirm %1 (oder --confirm all).</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="220"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PromoteCommand.cpp" line="254"/>
        <source>Drafted as %1 (list drafts with: tierdesk-cli drafts %2).</source>
        <translation>Als %1 entworfen (Entwürfe auflisten mit: tierdesk-cli drafts %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="247"/>
        <source>Lists, publishes and deletes promotion drafts.</source>
        <translation>Listet, veröffentlicht und löscht Beförderungsentwürfe.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="248"/>
        <source>The package-storage repository.</source>
        <translation>Das Paketspeicher-Repository.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="36"/>
        <source>Delete a draft&apos;s local branches and record.</source>
        <translation>Die lokalen Branches und den Eintrag eines Entwurfs löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="33"/>
        <source>Show one draft whole: titles, bodies, branches, remote, pull requests and their states, and whether the removal is safe to merge.</source>
        <translation>Einen Entwurf vollständig zeigen: Titel, Texte, Branches, Remote, Pull Requests und ihre Zustände, und ob die Entfernung gefahrlos gemergt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="35"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="36"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="37"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="41"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="37"/>
        <source>Push a draft to --remote and open its pull requests.</source>
        <translation>Einen Entwurf nach --remote pushen und seine Pull Requests öffnen.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="39"/>
        <source>Fetch the destination tier and check it contains the draft&apos;s promoted versions with the same tree ids.</source>
        <translation>Die Zielstufe abrufen und prüfen, ob sie die beförderten Versionen des Entwurfs mit denselben Tree-IDs enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="56"/>
        <source>Deleted the draft %1.</source>
        <translation>Der Entwurf %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="66"/>
        <source>tierdesk-cli drafts: --publish needs --remote (your fork).</source>
        <translation>tierdesk-cli drafts: --publish braucht --remote (Ihren Fork).</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="92"/>
        <source>Not fetched: %1</source>
        <translation>Nicht abgerufen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="131"/>
        <source>The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.</source>
        <translation>Die Entwurfsdatei wurde von einem neueren Tierdesk geschrieben (Format %1): Sie wird gelesen, aber nie geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="141"/>
        <source>no pull request yet</source>
        <translation>noch kein Pull Request</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="142"/>
        <source>state unknown: %1</source>
        <translation>Zustand unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="151"/>
        <source> (into %1)</source>
        <translation> (nach %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="167"/>
        <source>Draft %1: %2 → %3, %4</source>
        <translation>Entwurf %1: %2 → %3, %4</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="169"/>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="170"/>
        <source>Remote:</source>
        <translation>Remote:</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="171"/>
        <source>not pushed</source>
        <translation>nicht gepusht</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="173"/>
        <source>Promotion:</source>
        <translation>Beförderung:</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="175"/>
        <source>Promotion: none, %1&apos;s distribution already served every version.</source>
        <translation>Beförderung: keine, die Distribution von %1 lieferte bereits jede Version aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="177"/>
        <location filename="../app/cli/DraftsCommand.cpp" line="239"/>
        <source>Removal:</source>
        <translation>Entfernung:</translation>
    </message>
    <message>
        <location filename="../app/cli/DraftsCommand.cpp" line="208"/>
        <source>No drafts.</source>
        <translation>Keine Entwürfe.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="40"/>
        <source>“%1” is not a tier; the tiers are %2.</source>
        <translation>„%1“ ist keine Stufe; die Stufen sind %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="42"/>
        <source>The tier %1 has no branch in this repository.</source>
        <translation>Die Stufe %1 hat in diesem Repository keinen Branch.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="47"/>
        <source>%1 has no package “%2”.</source>
        <translation>%1 hat kein Paket „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="48"/>
        <source>%1 has no package “%2”. Did you mean %3?</source>
        <translation>%1 hat kein Paket „%2“. Meinten Sie %3?</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="56"/>
        <source>%1 has no version %2 of %3; it has %4.</source>
        <translation>%1 hat keine Version %2 von %3; es hat %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="62"/>
        <source> in </source>
        <translation> in </translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="63"/>
        <source>a promotion candidate for %1</source>
        <translation>ein Beförderungskandidat für %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="64"/>
        <source>not a promotion candidate</source>
        <translation>kein Beförderungskandidat</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="65"/>
        <source>not a promotion candidate for %1</source>
        <translation>kein Beförderungskandidat für %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="76"/>
        <source>Explains why a version is, or is not, a promotion candidate now: what the next tier&apos;s distribution serves, drafts, content and policy.</source>
        <translation>Erklärt, warum eine Version gerade ein Beförderungskandidat ist oder nicht: was die Distribution der nächsten Stufe ausliefert, Entwürfe, Inhalt und Richtlinien.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="79"/>
        <source>The version, e.g. snapshot:nginx@1.2.0.</source>
        <translation>Die Version, z. B. snapshot:nginx@1.2.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="80"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation>Remote, dessen Stufen-Branches verwendet werden, wenn es keinen lokalen gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/WhyCommand.cpp" line="92"/>
        <source>tierdesk-cli why: give a repository and TIER:NAME@VERSION.</source>
        <translation>tierdesk-cli why: Geben Sie ein Repository und STUFE:NAME@VERSION an.</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="49"/>
        <source>Publishing and reading pull requests need the module %1, which %2; reinstall Tierdesk.</source>
        <translation>Das Veröffentlichen und das Lesen von Pull-Requests brauchen das Modul %1, das %2; installieren Sie Tierdesk neu.</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="62"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="67"/>
        <source>could not be loaded (%1)</source>
        <translation>nicht geladen werden konnte (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="70"/>
        <source>is not a Tierdesk module</source>
        <translation>kein Tierdesk-Modul ist</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="73"/>
        <source>is of another Tierdesk (interface %1, this one needs %2)</source>
        <translation>zu einem anderen Tierdesk gehört (Schnittstelle %1, dieses braucht %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="78"/>
        <source>is of another Tierdesk (version %1, this one is %2)</source>
        <translation>zu einem anderen Tierdesk gehört (Version %1, dieses ist %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/GitHubModuleLoader.cpp" line="81"/>
        <source>is incomplete</source>
        <translation>unvollständig ist</translation>
    </message>
</context>
<context>
    <name>PromotionChecks</name>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="55"/>
        <source>Could not read the directory tree %1.</source>
        <translation>Der Verzeichnisbaum %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="84"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="105"/>
        <source>%1 is removed from %2 without being promoted (newest-only mode removes every version of the package).</source>
        <translation>%1 wird aus %2 entfernt, ohne befördert zu werden (der Modus „nur neueste“ entfernt jede Version des Pakets).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="115"/>
        <source>%1 already serves %2 with identical content from %3: nothing to promote, it is only removed from %4.</source>
        <translation>%1 liefert %2 bereits mit identischem Inhalt aus %3 aus: Es gibt nichts zu befördern, die Version wird nur aus %4 entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="120"/>
        <source>%1 already has %2 with identical content: nothing to copy, it is only removed from %3.</source>
        <translation>%1 hat %2 bereits mit identischem Inhalt: Es gibt nichts zu kopieren, die Version wird nur aus %3 entfernt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="131"/>
        <source>%1 already has %2 with different content, and %3&apos;s distribution serves that copy first: the promoted copy would never be served. Release a new version instead.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt, und die Distribution von %3 liefert zuerst diese Kopie aus: Die beförderte Kopie würde nie ausgeliefert. Veröffentlichen Sie stattdessen eine neue Version.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="145"/>
        <source>%1 already has %2 with different content; a published production version is never overwritten: release a new version instead.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt; eine veröffentlichte Produktionsversion wird nie überschrieben: Veröffentlichen Sie stattdessen eine neue Version.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="151"/>
        <source>%1 already has %2 with different content: the promotion overwrites it.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt: Die Beförderung überschreibt sie.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="156"/>
        <source>%1 already has %2 with different content: it is overwritten, which %1 allows.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt: Sie wird überschrieben, was %1 erlaubt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="167"/>
        <source>%1 is not newer than %2, the newest version of the package %3 serves (from %4); production accepts only increments.</source>
        <translation>%1 ist nicht neuer als %2, die neueste Version des Pakets, die %3 ausliefert (aus %4); production akzeptiert nur Erhöhungen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="170"/>
        <source>%1 is not newer than %2, the newest version of the package %3 serves (from %4).</source>
        <translation>%1 ist nicht neuer als %2, die neueste Version des Pakets, die %3 ausliefert (aus %4).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="179"/>
        <source>%1 contains development files (%2); directories and files starting with “_” must not be promoted.</source>
        <translation>%1 enthält Entwicklungsdateien (%2); Verzeichnisse und Dateien, die mit „_“ beginnen, dürfen nicht befördert werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="191"/>
        <source>The manifest of %1 says version %2, but the directory is named “%3”.</source>
        <translation>Das Manifest von %1 nennt Version %2, aber das Verzeichnis heißt „%3“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="203"/>
        <source>The Kibana version condition of %1 cannot be read: %2</source>
        <translation>Die Kibana-Versionsbedingung von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="206"/>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="132"/>
        <source>%1 has a manifest problem: %2</source>
        <translation>%1 hat ein Problem im Manifest: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="216"/>
        <source>%1 cannot be promoted or removed: %2</source>
        <translation>%1 kann weder befördert noch entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="226"/>
        <source>%1 cannot be copied: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="239"/>
        <source>%1 holds paths no checkout may write (%2): a tree entry named “.git”, “..” or with a path separator would write git hooks or outside the directory.</source>
        <translation>%1 enthält Pfade, die kein Checkout schreiben darf (%2): Ein Baumeintrag namens „.git“, „..“ oder mit einem Pfadtrenner würde Git-Hooks oder außerhalb des Verzeichnisses schreiben.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="279"/>
        <source>The %1 tier cannot be written to: %2</source>
        <translation>In die Stufe %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="282"/>
        <source>The %1 tier cannot be written to: its root tree cannot be read (%2).</source>
        <translation>In die Stufe %1 kann nicht geschrieben werden: Ihr Wurzelbaum kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="296"/>
        <source>This repository has a branch named “tierdesk”, so no tierdesk/… draft branch can be created beside it: rename that branch (git branch -m tierdesk OTHER) first.</source>
        <translation>Dieses Repository hat einen Branch namens „tierdesk“, daneben kann kein Entwurfs-Branch tierdesk/… angelegt werden: Benennen Sie diesen Branch zuerst um (git branch -m tierdesk ANDERER).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="311"/>
        <source>%1 %2 is already in %3: drafting it again makes a second pair of pull requests.</source>
        <translation>%1 %2 ist bereits in %3: Ein erneuter Entwurf erzeugt ein zweites Paar Pull Requests.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="327"/>
        <source>The removal takes %1 out of %2&apos;s distribution: no tier above serves them. Staging removes versions only by special exception: confirm the removal.</source>
        <translation>Die Entfernung nimmt %1 aus der Distribution von %2: Keine höhere Stufe liefert sie aus. Staging entfernt Versionen nur in Ausnahmefällen: Bestätigen Sie die Entfernung.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="333"/>
        <source>Versions are never removed from %1, a production tier: %2 would leave its distribution.</source>
        <translation>Aus %1, einer Produktionsstufe, werden nie Versionen entfernt: %2 würde ihre Distribution verlassen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="363"/>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="364"/>
        <source>needs confirmation</source>
        <translation>erfordert Bestätigung</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="365"/>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="425"/>
        <source>Unknown confirmation key %1.</source>
        <translation>Unbekannter Bestätigungsschlüssel %1.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="427"/>
        <source>Nothing in this promotion needs confirmation.</source>
        <translation>Nichts an dieser Beförderung braucht eine Bestätigung.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="428"/>
        <source>The valid keys are: %1.</source>
        <translation>Die gültigen Schlüssel sind: %1.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionChecks.cpp" line="445"/>
        <source>The checks were cancelled.</source>
        <translation>Die Prüfungen wurden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="129"/>
        <source>The directory name “%1” is not a semantic version, so it cannot be promoted.</source>
        <translation>Der Verzeichnisname „%1“ ist keine semantische Version und kann daher nicht befördert werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="143"/>
        <source>%1 already serves %2 with identical content from %3: it is promoted, only its removal from %4 is pending.</source>
        <translation>%1 liefert %2 bereits mit identischem Inhalt aus %3 aus: Die Version ist befördert, nur ihre Entfernung aus %4 steht aus.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="148"/>
        <source>%1 holds %2 with different content, and %3&apos;s distribution serves that copy first: this copy would never be served.</source>
        <translation>%1 enthält %2 mit anderem Inhalt, und die Distribution von %3 liefert zuerst diese Kopie aus: Diese Kopie würde nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="162"/>
        <source>%1 already has %2 with different content, and a production version is never overwritten.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt, und eine Produktionsversion wird nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="167"/>
        <source>%1 already has %2 with different content: promoting it overwrites that copy, which needs a confirmation.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt: Die Beförderung überschreibt diese Kopie, was eine Bestätigung braucht.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="173"/>
        <source>%1 already has %2 with different content; it may be overwritten.</source>
        <translation>%1 hat %2 bereits mit anderem Inhalt; sie darf überschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="186"/>
        <source>%1 is not the newest version of %2 in %3: %4 is.</source>
        <translation>%1 ist nicht die neueste Version von %2 in %3: Das ist %4.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="191"/>
        <source>%1&apos;s distribution serves %2 %3 (from %4), which is newer than %5.</source>
        <translation>Die Distribution von %1 liefert %2 %3 aus (aus %4), und das ist neuer als %5.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="203"/>
        <source>%1 is already in %2: its pull requests are open.</source>
        <translation>%1 ist bereits in %2: Seine Pull Requests sind offen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="206"/>
        <source>%1 is already in %2, not published yet: publish it or delete it.</source>
        <translation>%1 ist bereits in %2, noch nicht veröffentlicht: Veröffentlichen oder löschen Sie den Entwurf.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="213"/>
        <source>Candidate for %1: newer than %2, the newest version of %3 it serves (from %4).</source>
        <translation>Kandidat für %1: neuer als %2, die neueste Version von %3, die sie ausliefert (aus %4).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="215"/>
        <source>Candidate for %1: its distribution serves no version of %2 yet.</source>
        <translation>Kandidat für %1: Ihre Distribution liefert noch keine Version von %2 aus.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="224"/>
        <source>%1 is the highest tier: there is nothing to promote %2 to.</source>
        <translation>%1 ist die höchste Stufe: Es gibt nichts, wohin %2 befördert werden könnte.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionExcuses.cpp" line="236"/>
        <source>%1 contains development files (%2), which must not be promoted.</source>
        <translation>%1 enthält Entwicklungsdateien (%2), die nicht befördert werden dürfen.</translation>
    </message>
</context>
<context>
    <name>PromotionDraft</name>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="23"/>
        <source>The %1 branch (%2) is gone since the plan was made: refresh the plan.</source>
        <translation>Der Branch %1 (%2) ist verschwunden, seit der Plan erstellt wurde: Aktualisieren Sie den Plan.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="26"/>
        <source>The %1 branch moved since the plan was made (from %2 to %3): refresh the plan and check again.</source>
        <translation>Der Branch %1 hat sich bewegt, seit der Plan erstellt wurde (von %2 nach %3): Aktualisieren Sie den Plan und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="76"/>
        <source>This repository has a branch named “tierdesk”, so no tierdesk/… draft branch can be created beside it: rename that branch (git branch -m tierdesk OTHER) and draft again.</source>
        <translation>Dieses Repository hat einen Branch namens „tierdesk“, daneben kann kein Entwurfs-Branch tierdesk/… angelegt werden: Benennen Sie diesen Branch um (git branch -m tierdesk ANDERER) und entwerfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="95"/>
        <source>“%1” is not a tierdesk/… branch name; nothing was written.</source>
        <translation>„%1“ ist kein tierdesk/…-Branch-Name; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="108"/>
        <source>Could not find a free branch name for “%1”.</source>
        <translation>Für „%1“ wurde kein freier Branch-Name gefunden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="117"/>
        <source>“%1” is not a tierdesk/… branch a draft created; it was left as it is.</source>
        <translation>„%1“ ist kein tierdesk/…-Branch, den ein Entwurf angelegt hat; er blieb, wie er ist.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="125"/>
        <source>Could not read the branch “%1”.</source>
        <translation>Der Branch „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="130"/>
        <source>The branch “%1” was moved since it was drafted; it was left as it is.</source>
        <translation>Der Branch „%1“ wurde seit dem Entwurf verschoben; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="134"/>
        <source>Could not delete the branch “%1”.</source>
        <translation>Der Branch „%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="392"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="393"/>
        <source>pushed</source>
        <translation>gepusht</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="394"/>
        <source>pull requests open</source>
        <translation>Pull Requests offen</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="395"/>
        <source>branches moved or deleted</source>
        <translation>Branches verschoben oder gelöscht</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="152"/>
        <source>Drafting was cancelled.</source>
        <translation>Das Erstellen des Entwurfs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="418"/>
        <source>Checking the tier branches</source>
        <translation>Stufen-Branches werden geprüft</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="162"/>
        <source>The promotion is blocked: %1</source>
        <translation>Die Beförderung ist blockiert: %1</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="164"/>
        <source>These findings need a confirmation first: %1.</source>
        <translation>Diese Befunde müssen zuerst bestätigt werden: %1.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="433"/>
        <source>Writing the promotion</source>
        <translation>Beförderung wird geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="216"/>
        <source>The promoted copy of %1 differs from its source; nothing was drafted.</source>
        <translation>Die beförderte Kopie von %1 unterscheidet sich von ihrer Quelle; es wurde kein Entwurf erstellt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="439"/>
        <source>Writing the removal</source>
        <translation>Entfernung wird geschrieben</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="445"/>
        <source>Creating the branches</source>
        <translation>Branches werden angelegt</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="449"/>
        <source>Recording the draft</source>
        <translation>Entwurf wird gespeichert</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="485"/>
        <location filename="../lib/promotion/PromotionDraft.cpp" line="502"/>
        <source>There is no draft “%1”.</source>
        <translation>Es gibt keinen Entwurf „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="146"/>
        <source>the pull request #%1</source>
        <translation>der Pull Request #%1</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="147"/>
        <source>the pull request #%1 by %2</source>
        <translation>der Pull Request #%1 von %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="148"/>
        <source>the branch %1</source>
        <translation>dem Branch %1</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PendingDrafts.cpp" line="144"/>
        <source>the draft %1</source>
        <translation>dem Entwurf %1</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="108"/>
        <source>The title is %1 characters long; titles over %2 characters are not read.</source>
        <translation>Der Titel ist %1 Zeichen lang; Titel mit mehr als %2 Zeichen werden nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="114"/>
        <source>The title contains the control character U+%1.</source>
        <translation>Der Titel enthält das Steuerzeichen U+%1.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="125"/>
        <source>%1 in the title&apos;s list is not a package name followed by &quot;-&quot; and a version.</source>
        <translation>%1 in der Liste des Titels ist kein Paketname mit „-“ und einer Version dahinter.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="129"/>
        <source>%1 in the title&apos;s list has no valid version after &quot;%2-&quot;.</source>
        <translation>%1 in der Liste des Titels hat nach „%2-“ keine gültige Version.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="137"/>
        <source>The title continues with %1 where a list in parentheses was expected.</source>
        <translation>Der Titel geht mit %1 weiter, wo eine Liste in Klammern erwartet wurde.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="140"/>
        <source>The title&apos;s list of versions is not closed with &quot;)&quot; at its end.</source>
        <translation>Die Versionsliste des Titels ist an ihrem Ende nicht mit „)“ geschlossen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="143"/>
        <source>The title&apos;s list of versions is empty.</source>
        <translation>Die Versionsliste des Titels ist leer.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="151"/>
        <source>The title lists %1 twice.</source>
        <translation>Der Titel nennt %1 zweimal.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="163"/>
        <source>The title continues with %1 after its end.</source>
        <translation>Der Titel geht nach seinem Ende mit %1 weiter.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="175"/>
        <source>The tier name %1 in the title is longer than %2 characters.</source>
        <translation>Der Stufenname %1 im Titel ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="186"/>
        <source>The title names no source tier where %1 stands.</source>
        <translation>Der Titel nennt keine Quellstufe, wo %1 steht.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="187"/>
        <source>The title names no destination tier where %1 stands.</source>
        <translation>Der Titel nennt keine Zielstufe, wo %1 steht.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="222"/>
        <source>The title continues with %1 after &quot;Remove&quot;, not with &quot;promoted packages&quot;.</source>
        <translation>Der Titel geht nach „Remove“ mit %1 weiter, nicht mit „promoted packages“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="232"/>
        <source>The title continues with %1 after &quot;Promote&quot;, not with &quot;packages from&quot;.</source>
        <translation>Der Titel geht nach „Promote“ mit %1 weiter, nicht mit „packages from“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="257"/>
        <source>The title&apos;s branch [%1] and the tier it names, %2, differ.</source>
        <translation>Der Branch [%1] des Titels und die Stufe, die er nennt, %2, unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="260"/>
        <source>The title does not name the branch it merges into (&quot;[tier] …&quot;).</source>
        <translation>Der Titel nennt nicht den Branch, in den er gemergt wird („[stufe] …“).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="264"/>
        <source>The title promotes from %1 to the same tier.</source>
        <translation>Der Titel befördert von %1 in dieselbe Stufe.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="278"/>
        <source>The title&apos;s &quot;[&quot; is not followed by a tier name, &quot;]&quot; and a space.</source>
        <translation>Auf das „[“ des Titels folgen kein Stufenname, „]“ und ein Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestTitle.cpp" line="291"/>
        <source>The title is not a promotion or removal of packages (&quot;Promote …&quot;, &quot;Remove …&quot;).</source>
        <translation>Der Titel ist keine Beförderung oder Entfernung von Paketen („Promote …“, „Remove …“).</translation>
    </message>
</context>
<context>
    <name>PromotionDraftStore</name>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="90"/>
        <source>its promotion branch “%1” is not a tierdesk/… branch Tierdesk creates.</source>
        <translation>sein Beförderungs-Branch „%1“ ist kein tierdesk/…-Branch, wie Tierdesk ihn anlegt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="91"/>
        <source>its removal branch “%1” is not a tierdesk/… branch Tierdesk creates.</source>
        <translation>sein Entfernungs-Branch „%1“ ist kein tierdesk/…-Branch, wie Tierdesk ihn anlegt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="93"/>
        <source>its promotion branch “%1” has no valid commit id.</source>
        <translation>sein Beförderungs-Branch „%1“ hat keine gültige Commit-ID.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="94"/>
        <source>its removal branch “%1” has no valid commit id.</source>
        <translation>sein Entfernungs-Branch „%1“ hat keine gültige Commit-ID.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="112"/>
        <source>A recorded draft has no id.</source>
        <translation>Ein gespeicherter Entwurf hat keine ID.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="136"/>
        <source>The recorded draft “%1” is set aside: %2</source>
        <translation>Der gespeicherte Entwurf „%1“ wird beiseitegelegt: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="162"/>
        <source>Could not read the drafts file “%1”.</source>
        <translation>Die Entwurfsdatei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="167"/>
        <source>The drafts file “%1” is damaged; move it away to start afresh.</source>
        <translation>Die Entwurfsdatei „%1“ ist beschädigt; verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="218"/>
        <source>There is no draft “%1”.</source>
        <translation>Es gibt keinen Entwurf „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="247"/>
        <source>Could not create the folder for “%1”.</source>
        <translation>Der Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="251"/>
        <source>Another Tierdesk process is writing “%1”; try again.</source>
        <translation>Ein anderer Tierdesk-Prozess schreibt „%1“; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="256"/>
        <source>The drafts file “%1” was written by a newer Tierdesk (format %2); this version reads it but does not change it.</source>
        <translation>Die Entwurfsdatei „%1“ wurde von einem neueren Tierdesk geschrieben (Format %2); diese Version liest sie, ändert sie aber nicht.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="267"/>
        <location filename="../lib/promotion/PromotionDraftStore.cpp" line="271"/>
        <source>Could not write the drafts file “%1”.</source>
        <translation>Die Entwurfsdatei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PromotionPlan</name>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="225"/>
        <source>An empty package name was given.</source>
        <translation>Es wurde ein leerer Paketname angegeben.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="230"/>
        <source>“%1” is not of the form name@version.</source>
        <translation>„%1“ hat nicht die Form name@version.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="265"/>
        <source>No package versions were given.</source>
        <translation>Es wurden keine Paketversionen angegeben.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="59"/>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="61"/>
        <source>There is no tier named “%1”.</source>
        <translation>Es gibt keine Stufe namens „%1“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="63"/>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="65"/>
        <source>The tier “%1” has no branch in this repository.</source>
        <translation>Die Stufe „%1“ hat keinen Branch in diesem Repository.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="67"/>
        <source>Packages are promoted to a higher tier: “%1” is not above “%2”.</source>
        <translation>Pakete werden in eine höhere Stufe befördert: „%1“ liegt nicht über „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="69"/>
        <source>No package versions were chosen.</source>
        <translation>Es wurden keine Paketversionen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="108"/>
        <source>The package “%1” is not in %2.</source>
        <translation>Das Paket „%1“ ist nicht in %2.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="112"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="85"/>
        <source>%1 has no version %2 in %3.</source>
        <translation>%1 hat keine Version %2 in %3.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="94"/>
        <source>Newest-only mode promotes one version per package, but several versions of “%1” were chosen.</source>
        <translation>Der Modus „nur neueste“ befördert eine Version pro Paket, aber es wurden mehrere Versionen von „%1“ gewählt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPlan.cpp" line="99"/>
        <source>Newest-only mode removes every version of “%1” from %2, but %3 is not its newest version there (%4 is).</source>
        <translation>Der Modus „nur neueste“ entfernt jede Version von „%1“ aus %2, aber %3 ist dort nicht die neueste Version (sondern %4).</translation>
    </message>
</context>
<context>
    <name>PromotionPublish</name>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="68"/>
        <source>“%1” is not a GitHub repository name of the form owner/repository.</source>
        <translation>„%1“ ist kein GitHub-Repository-Name der Form besitzer/repository.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="73"/>
        <source>Cannot tell which GitHub repository the pull requests belong to: the remote “%1” has no GitHub address; name it (owner/repository).</source>
        <translation>Es ist unklar, zu welchem GitHub-Repository die Pull Requests gehören: Das Remote „%1“ hat keine GitHub-Adresse; geben Sie es an (besitzer/repository).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="42"/>
        <source>Cannot tell who owns the fork “%1”: name the fork&apos;s owner.</source>
        <translation>Es ist unklar, wem der Fork „%1“ gehört: Geben Sie den Besitzer des Forks an.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="176"/>
        <source>A branch of the draft %1 was moved or deleted since drafting; delete the draft and draft again.</source>
        <translation>Ein Branch des Entwurfs %1 wurde seit dem Entwurf verschoben oder gelöscht; löschen Sie den Entwurf und erstellen Sie ihn neu.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="33"/>
        <source>Publishing was cancelled; the draft is kept.</source>
        <translation>Das Veröffentlichen wurde abgebrochen; der Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="59"/>
        <source>The upstream remote “%1” is on %2, not on the configured GitHub host %3: pull requests (and the token) go only there. Configure the GitHub host or name the API URL.</source>
        <translation>Das Upstream-Remote „%1“ liegt auf %2, nicht auf dem eingestellten GitHub-Host %3: Pull-Requests (und das Token) gehen nur dorthin. Stellen Sie den GitHub-Host ein oder nennen Sie die API-URL.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PublishTarget.cpp" line="116"/>
        <source>“%1” (%2) is the repository the tier branches come from, not a fork: draft branches are pushed to your fork. Choose your fork&apos;s remote, or allow pushing to the upstream repository for this publication.</source>
        <translation>„%1“ (%2) ist das Repository, aus dem die Stufen-Branches stammen, kein Fork: Entwurfs-Branches werden in Ihren Fork gepusht. Wählen Sie das Remote Ihres Forks, oder erlauben Sie für diese Veröffentlichung das Pushen in das Upstream-Repository.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="64"/>
        <source>Choose the remote (your fork) to push the draft branches to.</source>
        <translation>Wählen Sie das Remote (Ihren Fork), auf das die Entwurfs-Branches gepusht werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="67"/>
        <source>“%1” is not a tierdesk/… branch a draft created; nothing was pushed.</source>
        <translation>„%1“ ist kein tierdesk/…-Branch, den ein Entwurf angelegt hat; es wurde nichts gepusht.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="70"/>
        <source>Pushing the draft branches</source>
        <translation>Entwurfs-Branches werden gepusht</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="76"/>
        <source>%1 refused the draft branches: %2</source>
        <translation>%1 hat die Entwurfs-Branches abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="97"/>
        <source>No pull requests were opened, as asked.</source>
        <translation>Wie gewünscht wurden keine Pull Requests geöffnet.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="99"/>
        <source>No GitHub token was found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or the system keychain): open the pull requests from the compare links.</source>
        <translation>Es wurde kein GitHub-Token gefunden (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token oder der Schlüsselbund des Systems): Öffnen Sie die Pull Requests über die Vergleichslinks.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="149"/>
        <source>Opening the promotion pull request</source>
        <translation>Beförderungs-Pull-Request wird geöffnet</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="128"/>
        <source>Checking the destination tier</source>
        <translation>Zielstufe wird geprüft</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="135"/>
        <source>The destination tier could not be fetched: %1</source>
        <translation>Die Zielstufe konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionPublish.cpp" line="158"/>
        <source>Opening the removal pull request</source>
        <translation>Entfernungs-Pull-Request wird geöffnet</translation>
    </message>
</context>
<context>
    <name>PromotionSafety</name>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="64"/>
        <source>%1 contains every promoted version with the same tree id (checked against %2): the removal can be merged.</source>
        <translation>%1 enthält jede beförderte Version mit derselben Tree-ID (geprüft gegen %2): Die Entfernung kann gemergt werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="69"/>
        <source>%1 does not contain %2 yet (checked against %3): merge the promotion first, then the removal.</source>
        <translation>%1 enthält %2 noch nicht (geprüft gegen %3): Mergen Sie zuerst die Beförderung, dann die Entfernung.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="73"/>
        <source>%1 has %2 with different content than promoted (checked against %3): do not merge the removal.</source>
        <translation>%1 hat %2 mit anderem Inhalt als befördert (geprüft gegen %3): Mergen Sie die Entfernung nicht.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="121"/>
        <source>%1 on %2, just fetched</source>
        <translation>%1 auf %2, gerade abgerufen</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PromotionSafety.cpp" line="133"/>
        <source>the local %1 branch, not fetched</source>
        <translation>der lokale Branch %1, nicht abgerufen</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestLookup.cpp" line="28"/>
        <source>no GitHub token was found, so the pull requests&apos; states are unknown</source>
        <translation>es wurde kein GitHub-Token gefunden, daher sind die Zustände der Pull Requests unbekannt</translation>
    </message>
    <message>
        <location filename="../lib/promotion/PullRequestLookup.cpp" line="29"/>
        <source>the draft does not record which GitHub repository its pull requests are in</source>
        <translation>der Entwurf verzeichnet nicht, in welchem GitHub-Repository seine Pull Requests liegen</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="19"/>
        <source>Not safe to merge yet: the promotion has no pull request yet; publish it and merge it first.</source>
        <translation>Noch nicht gefahrlos mergebar: Die Beförderung hat noch keinen Pull Request; veröffentlichen und mergen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="21"/>
        <source>Not known to be safe: the state of the promotion pull request %1 is unknown (%2).</source>
        <translation>Nicht als sicher bekannt: Der Zustand des Beförderungs-Pull-Requests %1 ist unbekannt (%2).</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="24"/>
        <source>Do not merge: the promotion pull request %1 was closed without being merged.</source>
        <translation>Nicht mergen: Der Beförderungs-Pull-Request %1 wurde geschlossen, ohne gemergt zu werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="26"/>
        <source>Not safe to merge yet: the promotion pull request %1 is %2, not merged.</source>
        <translation>Noch nicht gefahrlos mergebar: Der Beförderungs-Pull-Request %1 ist %2, nicht gemergt.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="34"/>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="36"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="38"/>
        <source>merged</source>
        <translation>gemergt</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="40"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="41"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="52"/>
        <source>Not known to be safe: the destination tier could not be checked.</source>
        <translation>Nicht als sicher bekannt: Die Zielstufe konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="58"/>
        <source>Safe to merge: the promotion pull request is merged and %1</source>
        <translation>Gefahrlos mergebar: Der Beförderungs-Pull-Request ist gemergt, und %1</translation>
    </message>
    <message>
        <location filename="../lib/promotion/DraftStatus.cpp" line="60"/>
        <source>Safe to merge: there is no promotion pull request, and %1</source>
        <translation>Gefahrlos mergebar: Es gibt keinen Beförderungs-Pull-Request, und %1</translation>
    </message>
</context>
<context>
    <name>RefContents</name>
    <message>
        <location filename="../lib/storage/RefContents.cpp" line="70"/>
        <source>Could not create a temporary directory to read “%1”.</source>
        <translation>Es konnte kein temporäres Verzeichnis zum Lesen von „%1“ angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/RefContents.cpp" line="76"/>
        <location filename="../lib/storage/RefContents.cpp" line="79"/>
        <source>Could not open the object database to read “%1”.</source>
        <translation>Die Objektdatenbank zum Lesen von „%1“ konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ReleaseCommand</name>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="27"/>
        <source>Compare with this tag, branch or commit instead of the previous version-named tag.</source>
        <translation>Mit diesem Tag, Branch oder Commit vergleichen statt mit dem vorigen nach einer Version benannten Tag.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="28"/>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="29"/>
        <source>Remote whose tier branches are used when there is no local one.</source>
        <translation>Remote, dessen Stufen-Branches verwendet werden, wenn es keinen lokalen gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="30"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="31"/>
        <source>Tier branches, lowest first (default: snapshot,staging,production).</source>
        <translation>Stufen-Branches, niedrigste zuerst (Vorgabe: snapshot,staging,production).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="32"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="54"/>
        <source>Release check for stack version %1 (tag %2)</source>
        <translation>Release-Prüfung für Stack-Version %1 (Tag %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="56"/>
        <source>Evaluated as %1: Kibana asks the package registry with its version cut at the first “-”.</source>
        <translation>Ausgewertet als %1: Kibana fragt die Paket-Registry mit seiner Version, abgeschnitten beim ersten „-“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="60"/>
        <source>Production: the %1 branch is absent</source>
        <translation>Produktion: Der Branch %1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="62"/>
        <source>Production: %1 at %2 (%3)</source>
        <translation>Produktion: %1 bei %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="72"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="78"/>
        <source>Warnings: %1 (see Findings)</source>
        <translation>Warnungen: %1 (siehe Befunde)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="80"/>
        <source>Contents: %1 packages</source>
        <translation>Inhalt: %1 Pakete</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="81"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="81"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="81"/>
        <source>Kibana constraint</source>
        <translation>Kibana-Bedingung</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="83"/>
        <source>(none: any version)</source>
        <translation>(keine: jede Version)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="86"/>
        <source>Findings: %1 blocking, %2 warnings, %3 notes</source>
        <translation>Befunde: %1 blockierend, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="99"/>
        <source>Compared with %1: added %2, updated %3, removed %4, unchanged %5</source>
        <translation>Verglichen mit %1: %2 hinzugefügt, %3 aktualisiert, %4 entfernt, %5 unverändert</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="119"/>
        <source>Distributions:</source>
        <translation>Distributionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="124"/>
        <source>built from %1</source>
        <translation>gebaut aus %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="126"/>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="128"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="137"/>
        <source>tierdesk-cli %1: give a repository and a stack version (such as 8.6.0).</source>
        <translation>tierdesk-cli %1: Bitte ein Repository und eine Stack-Version (z. B. 8.6.0) angeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="66"/>
        <source>Baseline: %1 at %2%3; choose another with --previous REF</source>
        <translation>Vergleichsbasis: %1 bei %2%3; eine andere wählt --previous REF</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="68"/>
        <source> (the highest lower version tag)</source>
        <translation> (der höchste niedrigere Versions-Tag)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="71"/>
        <source>Baseline: none (no lower version tag); choose one with --previous REF</source>
        <translation>Vergleichsbasis: keine (kein niedrigerer Versions-Tag); eine wählt --previous REF</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="156"/>
        <source>Checks whether production can be tagged for a stack version and lists what the tag would contain.
Exit status: 0 ready (warnings allowed) or already tagged, 1 not ready, 2 usage or repository error.</source>
        <translation>Prüft, ob production für eine Stack-Version getaggt werden kann, und listet auf, was das Tag enthalten würde.
Exit-Status: 0 bereit (Warnungen erlaubt) oder schon getaggt, 1 nicht bereit, 2 Aufruf- oder Repository-Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="158"/>
        <location filename="../app/cli/ReleaseCommand.cpp" line="193"/>
        <source>The package-storage repository (bare or not).</source>
        <translation>Das Paketspeicher-Repository (bare oder nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="159"/>
        <source>The stack version, such as 8.6.0 or 8.6.0-SNAPSHOT.</source>
        <translation>Die Stack-Version, z. B. 8.6.0 oder 8.6.0-SNAPSHOT.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="162"/>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="163"/>
        <source>Print a Markdown report.</source>
        <translation>Einen Markdown-Bericht ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="169"/>
        <source>tierdesk-cli release-check: --json and --markdown exclude each other.</source>
        <translation>tierdesk-cli release-check: --json und --markdown schließen einander aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="189"/>
        <source>Creates the annotated stack-version tag on the production tip when the release check passes, and optionally pushes it. An existing tag is never moved.
Exit status: 0 tagged (and pushed), 1 not tagged because of the check, 2 usage, repository or push error.</source>
        <translation>Erstellt das annotierte Stack-Versions-Tag auf der Spitze von production, wenn die Release-Prüfung besteht, und pusht es optional. Ein bestehendes Tag wird nie verschoben.
Exit-Status: 0 getaggt (und gepusht), 1 wegen der Prüfung nicht getaggt, 2 Aufruf-, Repository- oder Push-Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="194"/>
        <source>The stack version, such as 8.6.0.</source>
        <translation>Die Stack-Version, z. B. 8.6.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="197"/>
        <source>Push the new tag to this remote (a name, URL or path).</source>
        <translation>Das neue Tag auf dieses Remote pushen (ein Name, eine URL oder ein Pfad).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="197"/>
        <source>REMOTE</source>
        <translation>REMOTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="199"/>
        <source>Create the tag although the check has warnings (never when not ready).</source>
        <translation>Das Tag erstellen, obwohl die Prüfung Warnungen hat (nie, wenn nicht bereit).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="210"/>
        <source>Not tagged: the tag %1 already exists and is never moved.</source>
        <translation>Nicht getaggt: Das Tag %1 existiert schon und wird nie verschoben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="219"/>
        <source>Not tagged: production is not ready for %1.</source>
        <translation>Nicht getaggt: production ist nicht bereit für %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="220"/>
        <source>Not tagged: the check for %1 has warnings; add --force-warnings to tag anyway.</source>
        <translation>Nicht getaggt: Die Prüfung für %1 hat Warnungen; fügen Sie --force-warnings hinzu, um trotzdem zu taggen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="241"/>
        <source>Created tag %1 (%2) on %3 at %4 with %5 packages.</source>
        <translation>Tag %1 (%2) auf %3 bei %4 mit %5 Paketen erstellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="253"/>
        <source>The tag was created locally; push it again once the problem is solved.</source>
        <translation>Das Tag wurde lokal erstellt; pushen Sie es erneut, sobald das Problem gelöst ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseCommand.cpp" line="257"/>
        <source>Pushed %1 to %2.</source>
        <translation>%1 nach %2 gepusht.</translation>
    </message>
</context>
<context>
    <name>ReleaseNotes</name>
    <message>
        <location filename="../lib/release/ReleaseNotes.cpp" line="75"/>
        <source>changelog.yml is not a file.</source>
        <translation>changelog.yml ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotes.cpp" line="145"/>
        <source>The release notes were cancelled.</source>
        <translation>Die Release Notes wurden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ReleaseNotesCommand</name>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="54"/>
        <source>new versions: %1</source>
        <translation>neue Versionen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="56"/>
        <source>versions removed: %1</source>
        <translation>entfernte Versionen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="58"/>
        <source>changelog unreadable: %1</source>
        <translation>Changelog nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="68"/>
        <source>Release notes from %1 (%2) to %3 (%4)</source>
        <translation>Release Notes von %1 (%2) bis %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="71"/>
        <source>Packages: %1 added, %2 updated, %3 removed, %4 unchanged</source>
        <translation>Pakete: %1 hinzugefügt, %2 aktualisiert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="99"/>
        <source>tierdesk-cli release-notes: could not write %1: %2</source>
        <translation>tierdesk-cli release-notes: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="103"/>
        <source>The full notes (%1 characters) are in %2.</source>
        <translation>Die vollständigen Notes (%1 Zeichen) stehen in %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="109"/>
        <source>The notes were cut after %1 of %2 packages to fit %3 characters; add --output FILE for the full notes.</source>
        <translation>Die Notes wurden nach %1 von %2 Paketen abgeschnitten, um in %3 Zeichen zu passen; --output DATEI schreibt die vollständigen Notes.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="125"/>
        <source>Release notes between two refs: per package added, updated or removed, its versions and the changelog.yml entries in between, grouped by type, with pull-request links.
Exit status: 0 written, 2 usage or repository error.</source>
        <translation>Release Notes zwischen zwei Refs: je hinzugefügtem, aktualisiertem oder entferntem Paket seine Versionen und die changelog.yml-Einträge dazwischen, nach Art gruppiert, mit Pull-Request-Links.
Exit-Status: 0 geschrieben, 2 Aufruf- oder Repository-Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="128"/>
        <source>The package-storage repository (bare or not).</source>
        <translation>Das Package-Storage-Repository (bare oder nicht).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="129"/>
        <source>The earlier tag, branch or commit, such as 8.5.0.</source>
        <translation>Der frühere Tag, Branch oder Commit, etwa 8.5.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="130"/>
        <source>The later tag, branch or commit, such as 8.6.0 or production.</source>
        <translation>Der spätere Tag, Branch oder Commit, etwa 8.6.0 oder production.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="131"/>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="133"/>
        <source>Print Markdown for a GitHub release, cut to fit its size limit.</source>
        <translation>Markdown für ein GitHub-Release ausgeben, passend zu dessen Größengrenze gekürzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="134"/>
        <source>Also write the full Markdown, never cut, to FILE.</source>
        <translation>Zusätzlich das vollständige, nie gekürzte Markdown nach DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="135"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="136"/>
        <source>Characters the Markdown may have (default: %1).</source>
        <translation>Zeichen, die das Markdown haben darf (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="138"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ReleaseNotesCommand.cpp" line="147"/>
        <source>tierdesk-cli release-notes: give a repository and two refs, at most one of --json and --markdown, and a --limit of at least 1000.</source>
        <translation>tierdesk-cli release-notes: Geben Sie ein Repository und zwei Refs an, höchstens eines von --json und --markdown und ein --limit von mindestens 1000.</translation>
    </message>
</context>
<context>
    <name>ReleaseNotesReport</name>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="36"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="37"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="38"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="87"/>
        <source>New versions: %1.</source>
        <translation>Neue Versionen: %1.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="89"/>
        <source>Versions removed: %1.</source>
        <translation>Entfernte Versionen: %1.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="93"/>
        <source>The changelog could not be read: %1</source>
        <translation>Der Changelog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="95"/>
        <source>No changelog entries.</source>
        <translation>Keine Changelog-Einträge.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="101"/>
        <source>Release notes: %1 → %2</source>
        <translation>Release Notes: %1 → %2</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="102"/>
        <source>From %1 (%2) to %3 (%4): %5 added, %6 updated, %7 removed, %8 unchanged.</source>
        <translation>Von %1 (%2) bis %3 (%4): %5 hinzugefügt, %6 aktualisiert, %7 entfernt, %8 unverändert.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="110"/>
        <source>No package changed.</source>
        <translation>Kein Paket hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="117"/>
        <source>Cut here: %1 of %2 packages fit into %3 characters; the other %4 are in the exported file.</source>
        <translation>Hier abgeschnitten: %1 von %2 Paketen passen in %3 Zeichen; die übrigen %4 stehen in der exportierten Datei.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="151"/>
        <source>Breaking changes</source>
        <translation>Inkompatible Änderungen</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="153"/>
        <source>Enhancements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="155"/>
        <source>Bug fixes</source>
        <translation>Fehlerbehebungen</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseNotesReport.cpp" line="156"/>
        <source>Other changes</source>
        <translation>Weitere Änderungen</translation>
    </message>
</context>
<context>
    <name>ReleaseTag</name>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="25"/>
        <source>The tagger “%1 &lt;%2&gt;” is not valid.</source>
        <translation>Der Tagger „%1 &lt;%2&gt;“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="29"/>
        <source>No git identity is configured for the tag: set user.name and user.email (git config --global user.name &quot;Your Name&quot;) or GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL.</source>
        <translation>Für das Tag ist keine Git-Identität konfiguriert: Setzen Sie user.name und user.email (git config --global user.name &quot;Ihr Name&quot;) oder GIT_COMMITTER_NAME und GIT_COMMITTER_EMAIL.</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="135"/>
        <source>Uploading objects</source>
        <translation>Objekte werden hochgeladen</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="55"/>
        <source>Production is not ready for the tag %1.</source>
        <translation>Produktion ist nicht bereit für das Tag %1.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="59"/>
        <source>The check for %1 has warnings; confirm them to create the tag anyway.</source>
        <translation>Die Prüfung für %1 hat Warnungen; bestätigen Sie sie, um das Tag trotzdem zu erstellen.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="70"/>
        <source>%1 moved from %2 to %3 since the check; check again before tagging.</source>
        <translation>%1 hat sich seit der Prüfung von %2 nach %3 bewegt; prüfen Sie vor dem Taggen erneut.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="63"/>
        <location filename="../lib/release/ReleaseTag.cpp" line="77"/>
        <location filename="../lib/release/ReleaseTag.cpp" line="92"/>
        <source>The tag %1 already exists; it was left as it is.</source>
        <translation>Das Tag %1 existiert bereits; es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="75"/>
        <source>“%1” is not a stack version a tag can be named after.</source>
        <translation>„%1“ ist keine Stack-Version, nach der ein Tag benannt werden kann.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="84"/>
        <source>The commit to tag is missing from the repository.</source>
        <translation>Der zu taggende Commit fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/release/ReleaseTag.cpp" line="94"/>
        <source>Could not create the tag %1.</source>
        <translation>Das Tag %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="125"/>
        <source>“%1” is not a tag name that can be pushed.</source>
        <translation>„%1“ ist kein Tag-Name, der gepusht werden kann.</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="127"/>
        <source>There is no tag %1 to push.</source>
        <translation>Es gibt kein Tag %1 zum Pushen.</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="134"/>
        <source>Could not push %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 gepusht werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/Remote.cpp" line="138"/>
        <source>%1 rejected the tag %2; nothing was overwritten.</source>
        <translation>%1 hat das Tag %2 abgelehnt; es wurde nichts überschrieben.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../lib/git/Repository.cpp" line="30"/>
        <source>“%1” is not a git repository.</source>
        <translation>„%1“ ist kein Git-Repository.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="31"/>
        <source>Could not open the repository “%1”.</source>
        <translation>Das Repository „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="41"/>
        <source>Could not create a repository in “%1”.</source>
        <translation>In „%1“ konnte kein Repository angelegt werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="89"/>
        <source>“%1” does not name a commit.</source>
        <translation>„%1“ bezeichnet keinen Commit.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="93"/>
        <source>“%1” does not point to a commit.</source>
        <translation>„%1“ zeigt nicht auf einen Commit.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="102"/>
        <source>Commit %1 is missing from the repository.</source>
        <translation>Commit %1 fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="103"/>
        <source>Commit %1 is damaged (corrupt object).</source>
        <translation>Commit %1 ist beschädigt (defektes Objekt).</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="111"/>
        <source>Tree %1 is missing from the repository.</source>
        <translation>Tree %1 fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="112"/>
        <source>Tree %1 is damaged (corrupt object).</source>
        <translation>Baum %1 ist beschädigt (defektes Objekt).</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="121"/>
        <source>File content %1 is missing from the repository.</source>
        <translation>Dateiinhalt %1 fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="122"/>
        <source>File content %1 is damaged (corrupt object).</source>
        <translation>Dateiinhalt %1 ist beschädigt (defektes Objekt).</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="161"/>
        <source>Could not compare %1 with %2.</source>
        <translation>%1 konnte nicht mit %2 verglichen werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="190"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../lib/git/Repository.cpp" line="193"/>
        <source>“%1” is not a directory.</source>
        <translation>„%1“ ist kein Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="150"/>
        <source>Name a remote, e.g. origin.</source>
        <translation>Ein Remote angeben, z. B. origin.</translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="155"/>
        <source>“%1” is not a valid remote name.</source>
        <translation>„%1“ ist kein gültiger Remote-Name.</translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="165"/>
        <source>Name the GitHub host, e.g. github.com or github.example.com.</source>
        <translation>Den GitHub-Host angeben, z. B. github.com oder github.example.com.</translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="167"/>
        <source>Give the host name only, e.g. github.example.com, without https:// or a path.</source>
        <translation>Nur den Hostnamen angeben, z. B. github.example.com, ohne https:// und ohne Pfad.</translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="169"/>
        <source>“%1” is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <location filename="../lib/settings/UserSettings.cpp" line="176"/>
        <source>Between 0 and %1 lines.</source>
        <translation>Zwischen 0 und %1 Zeilen.</translation>
    </message>
</context>
<context>
    <name>StorageLoader</name>
    <message>
        <location filename="../app/gui/shell/StorageLoader.cpp" line="21"/>
        <source>Preparing the demo storage…</source>
        <translation>Demo-Speicher wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageLoader.cpp" line="55"/>
        <source>Reading the tiers…</source>
        <translation>Stufen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageLoader.cpp" line="66"/>
        <source>Comparing the tiers…</source>
        <translation>Stufen werden verglichen…</translation>
    </message>
</context>
<context>
    <name>StorageReader</name>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="61"/>
        <source>a submodule</source>
        <translation>ein Submodul</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="62"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="63"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="111"/>
        <source>The directory&apos;s content (tree %1) is missing from the repository.</source>
        <translation>Der Inhalt des Verzeichnisses (Tree %1) fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="113"/>
        <source>The directory&apos;s content (tree %1) is damaged and cannot be read.</source>
        <translation>Der Inhalt des Verzeichnisses (Baum %1) ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="120"/>
        <source>The version has no manifest.yml.</source>
        <translation>Die Version hat kein manifest.yml.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="128"/>
        <source>manifest.yml (blob %1) is missing from the repository.</source>
        <translation>manifest.yml (Blob %1) fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="129"/>
        <source>manifest.yml (blob %1) is damaged and cannot be read.</source>
        <translation>manifest.yml (Blob %1) ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionContent.cpp" line="154"/>
        <source>Reading manifests</source>
        <translation>Manifeste werden gelesen</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="118"/>
        <source>The branch has no packages/ directory.</source>
        <translation>Der Branch hat kein Verzeichnis packages/.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="137"/>
        <source>“%1” is %2 where a package directory belongs.</source>
        <translation>„%1“ ist %2, wo ein Paketverzeichnis hingehört.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="145"/>
        <location filename="../lib/storage/StorageReader.cpp" line="191"/>
        <source>The package directory “%1” cannot be used: %2</source>
        <translation>Das Paketverzeichnis „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="162"/>
        <source>The directory “%1” (tree %2) is missing from the repository.</source>
        <translation>Das Verzeichnis „%1“ (Tree %2) fehlt im Repository.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="164"/>
        <source>The directory “%1” (tree %2) is damaged and cannot be read.</source>
        <translation>Das Verzeichnis „%1“ (Baum %2) ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="176"/>
        <source>“%1” is %2 where a version directory belongs.</source>
        <translation>„%1“ ist %2, wo ein Versionsverzeichnis hingehört.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="195"/>
        <source>The version directory “%1” cannot be used: %2</source>
        <translation>Das Versionsverzeichnis „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="211"/>
        <source>The directory name “%1” is not a semantic version (such as 1.2.3).</source>
        <translation>Der Verzeichnisname „%1“ ist keine semantische Version (wie 1.2.3).</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="229"/>
        <source>The manifest names the package “%1” but its directory is “%2”.</source>
        <translation>Das Manifest nennt das Paket „%1“, aber sein Verzeichnis ist „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="233"/>
        <source>The manifest says version %1 but its directory is “%2”.</source>
        <translation>Das Manifest nennt Version %1, aber ihr Verzeichnis ist „%2“.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="260"/>
        <source>The %1 branch (%2) cannot be read.</source>
        <translation>Der Branch %1 (%2) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="265"/>
        <source>The %1 branch (%2) points at %3, which is missing from the repository.</source>
        <translation>Der Branch %1 (%2) zeigt auf %3, das im Repository fehlt.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="268"/>
        <source>The %1 branch (%2) points at %3, which is damaged (corrupt object).</source>
        <translation>Der Branch %1 (%2) zeigt auf %3, das beschädigt ist (defektes Objekt).</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="270"/>
        <source>The %1 branch (%2) points at %3, a %4, not at a commit.</source>
        <translation>Der Branch %1 (%2) zeigt auf %3, ein Objekt vom Typ %4, nicht auf einen Commit.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="386"/>
        <source>This repository has no tier branches: none of %1 exists.</source>
        <translation>Dieses Repository hat keine Stufen-Branches: Keiner von %1 existiert.</translation>
    </message>
    <message>
        <location filename="../lib/storage/StorageReader.cpp" line="408"/>
        <location filename="../lib/storage/StorageReader.cpp" line="421"/>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="36"/>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="38"/>
        <source>“%1” names a directory itself or its parent, never a directory of its own.</source>
        <translation>„%1“ bezeichnet ein Verzeichnis selbst oder sein übergeordnetes, nie ein eigenes Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="41"/>
        <source>“%1” would be git&apos;s own directory in a checkout.</source>
        <translation>„%1“ wäre in einem Checkout Gits eigenes Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="43"/>
        <source>“%1” contains a path separator: one name would be several directories.</source>
        <translation>„%1“ enthält einen Pfadtrenner: Ein Name wäre mehrere Verzeichnisse.</translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="47"/>
        <source>“%1” contains control characters.</source>
        <translation>„%1“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../lib/storage/EntryName.cpp" line="49"/>
        <source>“%1” is not valid UTF-8 text.</source>
        <translation>„%1“ ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>TagReadiness</name>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="106"/>
        <source>The %1 branch is absent, so there is nothing to tag.</source>
        <translation>Der Branch %1 fehlt, also gibt es nichts zu taggen.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="110"/>
        <source>No %1 version accepts stack version %2: the tag would hold no package.</source>
        <translation>Keine Version in %1 akzeptiert die Stack-Version %2: Das Tag würde kein Paket enthalten.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="167"/>
        <source>Release tags are never “v”-prefixed: the tag is named %1, not %2.</source>
        <translation>Release-Tags haben nie das Präfix „v“: Das Tag heißt %1, nicht %2.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="168"/>
        <source>“%2” is not a valid version for a tag name; the valid spelling is %1.</source>
        <translation>„%2“ ist keine gültige Version für einen Tag-Namen; die gültige Schreibweise ist %1.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="171"/>
        <source>“%1” is not a stack version such as 8.6.0 or 8.6.0-SNAPSHOT.</source>
        <translation>„%1“ ist keine Stack-Version wie 8.6.0 oder 8.6.0-SNAPSHOT.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="178"/>
        <source>“%1” cannot be a git tag name.</source>
        <translation>„%1“ kann kein Git-Tag-Name sein.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="204"/>
        <source>%1 %2, in the contents, has no conditions.kibana.version: the registry offers it to every stack version. Versions without one: %3.</source>
        <translation>%1 %2 im Inhalt hat kein conditions.kibana.version: Die Registry bietet es jeder Stack-Version an. Versionen ohne: %3.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="207"/>
        <source>Versions of %1 without conditions.kibana.version: %2; none of them is in the contents.</source>
        <translation>Versionen von %1 ohne conditions.kibana.version: %2; keine davon ist im Inhalt.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="223"/>
        <source>%1 %2 has no readable manifest, so the registry cannot serve it: %3</source>
        <translation>%1 %2 hat kein lesbares Manifest, daher kann die Registry es nicht ausliefern: %3</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="230"/>
        <source>%1 %2 cannot be matched to any stack version, as the registry refuses it: %3</source>
        <translation>%1 %2 kann keiner Stack-Version zugeordnet werden, da die Registry es ablehnt: %3</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="296"/>
        <source>No version-named tag is lower than %1, so there is no previous release to compare with.</source>
        <translation>Kein nach einer Version benanntes Tag ist niedriger als %1, daher gibt es kein voriges Release zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="395"/>
        <source>%1 had %2 in %3, but no %4 version of it accepts %5 now.</source>
        <translation>%1 hatte %2 in %3, aber keine Version davon in %4 akzeptiert jetzt %5.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="331"/>
        <source>%1 (%2 in %3) is no longer in %4: the release drops it.</source>
        <translation>%1 (%2 in %3) ist nicht mehr in %4: Das Release lässt es weg.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="114"/>
        <source>%1 is evaluated as %2, as Kibana asks the package registry with its version cut at the first “-”.</source>
        <translation>%1 wird als %2 ausgewertet, da Kibana die Paket-Registry mit seiner Version fragt, abgeschnitten beim ersten „-“.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="190"/>
        <source>The %1 branch cannot be read, so there is nothing to tag: %2</source>
        <translation>Der Branch %1 kann nicht gelesen werden, daher gibt es nichts zu taggen: %2</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="277"/>
        <source>%1 is tagged at %2, the %3 tip: %3 has not moved since.</source>
        <translation>%1 ist bei %2 getaggt, der Spitze von %3: %3 hat sich seitdem nicht bewegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/release/TagReadiness.cpp" line="280"/>
        <source>%1 is tagged at %2; %3 moved %n commit(s) since. The tag is never moved: the new contents need a new stack version.</source>
        <translation>
            <numerusform>%1 ist bei %2 getaggt; %3 ist seitdem %n Commit weiter. Das Tag wird nie verschoben: Der neue Inhalt braucht eine neue Stack-Version.</numerusform>
            <numerusform>%1 ist bei %2 getaggt; %3 ist seitdem %n Commits weiter. Das Tag wird nie verschoben: Der neue Inhalt braucht eine neue Stack-Version.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="284"/>
        <source>%1 is tagged at %2, which is not in the history of the %3 tip. The tag is never moved.</source>
        <translation>%1 ist bei %2 getaggt, das nicht in der Historie der Spitze von %3 liegt. Das Tag wird nie verschoben.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="339"/>
        <source>%1 goes back from %2 in %3 to %4.</source>
        <translation>%1 geht von %2 in %3 zurück auf %4.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="362"/>
        <source>(Compared with %1; choose another baseline with --previous REF or “Compare with”.)</source>
        <translation>(Verglichen mit %1; eine andere Vergleichsbasis wählt --previous REF oder „Vergleichen mit“.)</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="379"/>
        <source>%1 had %2 in %3; no %4 version since accepts %5, as their constraints no longer include %6.x (the newest, %7, requires %8). The release drops it: expected across a major version.</source>
        <translation>%1 hatte %2 in %3; keine %4-Version seitdem akzeptiert %5, da ihre Bedingungen %6.x nicht mehr einschließen (die neueste, %7, verlangt %8). Das Release lässt es weg: über eine Hauptversion hinweg erwartet.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="389"/>
        <source>%1 (%2) still supports %3.x but not %4.</source>
        <translation>%1 (%2) unterstützt noch %3.x, aber nicht %4.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="393"/>
        <source>No constraint explains the loss.</source>
        <translation>Keine Bedingung erklärt den Verlust.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="408"/>
        <source>%1 %2 accepts %3 and waits in %4; %5 serves %6 now. The tag %7 exists and is never moved: once promoted, %2 goes into the next tag.</source>
        <translation>%1 %2 akzeptiert %3 und wartet in %4; %5 liefert jetzt %6. Das Tag %7 existiert und wird nie verschoben: Nach der Beförderung kommt %2 in das nächste Tag.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="412"/>
        <source>%1 %2 accepts %3 and waits in %4; %5 does not serve %1 now. The tag %6 exists and is never moved: once promoted, %2 goes into the next tag.</source>
        <translation>%1 %2 akzeptiert %3 und wartet in %4; %5 liefert %1 derzeit nicht. Das Tag %6 existiert und wird nie verschoben: Nach der Beförderung kommt %2 in das nächste Tag.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="415"/>
        <source>%1 %2 accepts %3 and waits in %4; the tag would carry %5. Promote it first to release it.</source>
        <translation>%1 %2 akzeptiert %3 und wartet in %4; das Tag würde %5 enthalten. Befördern Sie es zuerst, um es zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="418"/>
        <source>%1 %2 accepts %3 and waits in %4; the tag would not carry %1 at all. Promote it first to release it.</source>
        <translation>%1 %2 akzeptiert %3 und wartet in %4; das Tag würde %1 überhaupt nicht enthalten. Befördern Sie es zuerst, um es zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="462"/>
        <source>%1 %2 in %3 differs from the %4 copy in the contents (tree %5 vs %6); the tag carries %4&apos;s, the %3 edit is never served.</source>
        <translation>%1 %2 in %3 unterscheidet sich von der Kopie in %4 im Inhalt (Tree %5 gegenüber %6); das Tag enthält die aus %4, die Änderung in %3 wird nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="481"/>
        <source>(no Dockerfile version)</source>
        <translation>(keine Dockerfile-Version)</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="485"/>
        <source>The tiers&apos; Dockerfiles name different package-registry versions: %1.</source>
        <translation>Die Dockerfiles der Stufen nennen verschiedene Versionen der Paket-Registry: %1.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="610"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
    <message>
        <location filename="../lib/core/Severity.cpp" line="29"/>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../lib/core/Severity.cpp" line="30"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../lib/core/Severity.cpp" line="31"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="607"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="608"/>
        <source>Ready with warnings</source>
        <translation>Bereit mit Warnungen</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadiness.cpp" line="609"/>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
</context>
<context>
    <name>TagReadinessReport</name>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="35"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="36"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="37"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="46"/>
        <source>Tagged at %1; %2 has not moved since.</source>
        <translation>Getaggt bei %1; %2 hat sich seitdem nicht bewegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/release/TagReadinessReport.cpp" line="48"/>
        <source>Tagged at %1; %2 moved %n commit(s) since.</source>
        <translation>
            <numerusform>Getaggt bei %1; %2 ist seitdem %n Commit weiter.</numerusform>
            <numerusform>Getaggt bei %1; %2 ist seitdem %n Commits weiter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="50"/>
        <source>Tagged at %1, which is not in the history of %2.</source>
        <translation>Getaggt bei %1, das nicht in der Historie von %2 liegt.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="66"/>
        <source>Release check: %1</source>
        <translation>Release-Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="67"/>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="68"/>
        <source>blocking: %1, warnings: %2, notes: %3.</source>
        <translation>blockierend: %1, Warnungen: %2, Hinweise: %3.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="74"/>
        <source>Production: the %1 branch is absent.</source>
        <translation>Produktion: Der Branch %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="77"/>
        <source>Tag %1 on %2 at %3 (%4), for stack version %5.</source>
        <translation>Tag %1 auf %2 bei %3 (%4), für Stack-Version %5.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="83"/>
        <source>Evaluated as %1: Kibana asks the package registry with its version cut at the first “-”.</source>
        <translation>Ausgewertet als %1: Kibana fragt die Paket-Registry mit seiner Version, abgeschnitten beim ersten „-“.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="88"/>
        <source>Baseline: %1 at %2, the highest lower version tag.</source>
        <translation>Vergleichsbasis: %1 bei %2, der höchste niedrigere Versions-Tag.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="89"/>
        <source>Baseline: %1 at %2, as chosen.</source>
        <translation>Vergleichsbasis: %1 bei %2, wie gewählt.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="91"/>
        <source>Choose another with `--previous REF` (or “Compare with” in the Release view).</source>
        <translation>Eine andere wählt `--previous REF` (oder „Vergleichen mit“ in der Release-Ansicht).</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="93"/>
        <source>Baseline: none (no lower version tag); choose one with `--previous REF`.</source>
        <translation>Vergleichsbasis: keine (kein niedrigerer Versions-Tag); eine wählt `--previous REF`.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="104"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="112"/>
        <source>Contents (%1 packages)</source>
        <translation>Inhalt (%1 Pakete)</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="113"/>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="113"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="113"/>
        <source>Kibana constraint</source>
        <translation>Kibana-Bedingung</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="117"/>
        <source>(none: any version)</source>
        <translation>(keine: jede Version)</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="123"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="125"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="136"/>
        <source>Compared with %1</source>
        <translation>Verglichen mit %1</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="137"/>
        <source>Added: %1, updated: %2, removed: %3, unchanged: %4.</source>
        <translation>Hinzugefügt: %1, aktualisiert: %2, entfernt: %3, unverändert: %4.</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="141"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="144"/>
        <source>downgraded</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="151"/>
        <source>Distribution identity</source>
        <translation>Identität der Distribution</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="157"/>
        <source>Built from: %1</source>
        <translation>Gebaut aus: %1</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="158"/>
        <source>Images:</source>
        <translation>Images:</translation>
    </message>
    <message>
        <location filename="../lib/release/TagReadinessReport.cpp" line="161"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
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
        <translation>Nur in %1</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="207"/>
        <source>In both, identical content</source>
        <translation>In beiden, identischer Inhalt</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="180"/>
        <location filename="../lib/storage/TierComparison.cpp" line="208"/>
        <source>In both, different content</source>
        <translation>In beiden, verschiedener Inhalt</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="179"/>
        <source>Every version</source>
        <translation>Jede Version</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="183"/>
        <source>Shadowed copies (never served)</source>
        <translation>Verdeckte Kopien (nie ausgeliefert)</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="184"/>
        <source>Pending removals (promoted copies)</source>
        <translation>Ausstehende Entfernungen (beförderte Kopien)</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="222"/>
        <source>In both, only file modes differ</source>
        <translation>In beiden, nur Dateimodi unterscheiden sich</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierComparison.cpp" line="223"/>
        <source>In both, different content or only file modes (%n mode-only)</source>
        <translation>
            <numerusform>In beiden, anderer Inhalt oder nur Dateimodi (%n nur Modus)</numerusform>
            <numerusform>In beiden, anderer Inhalt oder nur Dateimodi (%n nur Modus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="247"/>
        <location filename="../lib/storage/TierComparison.cpp" line="359"/>
        <source>%1 (absent)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="249"/>
        <location filename="../lib/storage/TierComparison.cpp" line="361"/>
        <source>Tier comparison: %1 and %2</source>
        <translation>Stufenvergleich: %1 und %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierComparison.cpp" line="252"/>
        <location filename="../lib/storage/TierComparison.cpp" line="363"/>
        <source>Showing only: %1 (%n version(s)).</source>
        <translation>
            <numerusform>Nur: %1 (%n Version).</numerusform>
            <numerusform>Nur: %1 (%n Versionen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="253"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="253"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="267"/>
        <source>%1&apos;s copy is shadowed by %2&apos;s: %3</source>
        <translation>die Kopie in %1 wird von der in %2 verdeckt: %3</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="270"/>
        <source>%1&apos;s copy is shadowed by %2&apos;s</source>
        <translation>die Kopie in %1 wird von der in %2 verdeckt</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="272"/>
        <source>%1&apos;s copy is shadowed</source>
        <translation>die Kopie in %1 ist verdeckt</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="274"/>
        <source>%1&apos;s copy awaits removal</source>
        <translation>die Kopie in %1 wartet auf ihre Entfernung</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="288"/>
        <source>Neither tier holds any version.</source>
        <translation>Keine der Stufen enthält eine Version.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="289"/>
        <source>No version matches the filter.</source>
        <translation>Keine Version passt zum Filter.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="293"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="293"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierComparison.cpp" line="293"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierComparison.cpp" line="321"/>
        <source>**%n more row(s) cut here:** a GitHub comment holds at most 65,536 characters. Export to a file for the whole table, or narrow it with a filter (`tierdesk-cli compare REPO %1 %2 --only changed|only-a|only-b|shadowed|pending --output FILE`).</source>
        <translation>
            <numerusform>**%n weitere Zeile hier abgeschnitten:** Ein GitHub-Kommentar fasst höchstens 65.536 Zeichen. Exportieren Sie in eine Datei für die ganze Tabelle, oder grenzen Sie sie mit einem Filter ein (`tierdesk-cli compare REPO %1 %2 --only changed|only-a|only-b|shadowed|pending --output DATEI`).</numerusform>
            <numerusform>**%n weitere Zeilen hier abgeschnitten:** Ein GitHub-Kommentar fasst höchstens 65.536 Zeichen. Exportieren Sie in eine Datei für die ganze Tabelle, oder grenzen Sie sie mit einem Filter ein (`tierdesk-cli compare REPO %1 %2 --only changed|only-a|only-b|shadowed|pending --output DATEI`).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierConfig</name>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="30"/>
        <source>No tiers are configured: name at least one tier branch.</source>
        <translation>Es sind keine Stufen eingestellt: Nennen Sie mindestens einen Stufen-Branch.</translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="33"/>
        <source>A tier needs a name.</source>
        <translation>Eine Stufe braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="35"/>
        <source>“%1” is not a branch name a tier can have.</source>
        <translation>„%1“ ist kein Branch-Name, den eine Stufe haben kann.</translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="37"/>
        <source>The tier “%1” is named more than once; each tier is one branch, named once.</source>
        <translation>Die Stufe „%1“ ist mehrfach genannt; jede Stufe ist ein Branch und wird einmal genannt.</translation>
    </message>
    <message>
        <location filename="../lib/core/TierConfig.cpp" line="69"/>
        <source>Name at least two tiers: one to promote from and one to promote to.</source>
        <translation>Mindestens zwei Stufen angeben: eine, aus der befördert wird, und eine, in die befördert wird.</translation>
    </message>
</context>
<context>
    <name>TierMatrix</name>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="85"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="91"/>
        <source>Committed %1</source>
        <translation>Committet am %1</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="93"/>
        <source>Its distribution serves %1.</source>
        <translation>Ihre Distribution liefert %1 aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierMatrix.cpp" line="95"/>
        <source>⚠ %n problem(s) in this tier.</source>
        <translation>
            <numerusform>⚠ %n Problem in dieser Stufe.</numerusform>
            <numerusform>⚠ %n Probleme in dieser Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="108"/>
        <source>No branch for the tier “%1” was found (looked for %2).</source>
        <translation>Für die Stufe „%1“ wurde kein Branch gefunden (gesucht: %2).</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="235"/>
        <source>⊘ Policy: %1 never overwrites a published version, yet another tier holds %2 %3 that is not identical (%4).</source>
        <translation>⊘ Richtlinie: %1 überschreibt nie eine veröffentlichte Version, doch eine andere Stufe enthält %2 %3 nicht identisch (%4).</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="258"/>
        <source>≈ %1 holds a copy that is never served; %2.</source>
        <translation>≈ %1 enthält eine Kopie, die nie ausgeliefert wird; %2.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="271"/>
        <source>≈ Shadowed copy: compared with the copy in %1, %2. Every distribution serves the %1 copy instead, so this one is never served.</source>
        <translation>≈ Verdeckte Kopie: verglichen mit der Kopie in %1: %2. Jede Distribution liefert stattdessen die Kopie aus %1 aus, diese wird also nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="288"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="222"/>
        <source>⊘ Policy: the directory name “%1” is not a semantic version.</source>
        <translation>⊘ Richtlinie: Der Verzeichnisname „%1“ ist keine semantische Version.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="239"/>
        <source>⊘ Policy: %1 never overwrites a published version, yet another tier holds %2 %3 with different content.</source>
        <translation>⊘ Richtlinie: %1 überschreibt nie eine veröffentlichte Version, doch eine andere Stufe enthält %2 %3 mit anderem Inhalt.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="295"/>
        <source>↑ Promotion candidate: newer than every version of %1 in the higher tiers.</source>
        <translation>↑ Kandidat für die Beförderung: neuer als jede Version von %1 in den höheren Stufen.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="250"/>
        <source>Served by the distributions of %1.</source>
        <translation>Ausgeliefert von den Distributionen von %1.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="256"/>
        <source>≡ %1 holds an identical copy: promoted, its removal is pending.</source>
        <translation>≡ %1 enthält eine identische Kopie: befördert, ihre Entfernung steht aus.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="261"/>
        <source>≠ %1 holds a copy with different content, which is never served.</source>
        <translation>≠ %1 enthält eine Kopie mit anderem Inhalt, die nie ausgeliefert wird.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="265"/>
        <source>≡ Promoted copy: identical to the copy in %1, which is the one served. Its removal from %2 is pending.</source>
        <translation>≡ Beförderte Kopie: identisch mit der Kopie in %1, die ausgeliefert wird. Ihre Entfernung aus %2 steht aus.</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierMatrix.cpp" line="276"/>
        <source>≠ Shadowed copy: its content differs from the copy in %1. Every distribution serves the %1 copy instead, so this one is never served.</source>
        <translation>≠ Verdeckte Kopie: ihr Inhalt unterscheidet sich von der Kopie in %1. Jede Distribution liefert stattdessen die Kopie aus %1 aus, diese hier also nie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierMatrix.cpp" line="300"/>
        <source>⚠ %n problem(s):</source>
        <translation>
            <numerusform>⚠ %n Problem:</numerusform>
            <numerusform>⚠ %n Probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierSummary</name>
    <message>
        <location filename="../lib/storage/TierSummary.cpp" line="30"/>
        <source>%1 none</source>
        <translation>%1 keine</translation>
    </message>
    <message>
        <location filename="../lib/storage/TierSummary.cpp" line="33"/>
        <source>The tiers use different package-registry versions: %1.</source>
        <translation>Die Stufen verwenden verschiedene Versionen der Paket-Registry: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="44"/>
        <source>%n commit(s) behind</source>
        <translation>
            <numerusform>%n Commit zurück</numerusform>
            <numerusform>%n Commits zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="46"/>
        <source>%n commit(s) ahead</source>
        <translation>
            <numerusform>%n Commit voraus</numerusform>
            <numerusform>%n Commits voraus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/storage/TierSummary.cpp" line="48"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="57"/>
        <source>%1 (%n behind)</source>
        <translation>
            <numerusform>%1 (%n zurück)</numerusform>
            <numerusform>%1 (%n zurück)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/storage/TierSummary.cpp" line="60"/>
        <source>The local branch(es) %1 are behind %2: Tierdesk shows the local branches. Update them with git to see what was fetched.</source>
        <translation>
            <numerusform>Der lokale Branch %1 liegt hinter %2 zurück: Tierdesk zeigt die lokalen Branches. Aktualisieren Sie ihn mit git, um zu sehen, was abgerufen wurde.</numerusform>
            <numerusform>Die lokalen Branches %1 liegen hinter %2 zurück: Tierdesk zeigt die lokalen Branches. Aktualisieren Sie sie mit git, um zu sehen, was abgerufen wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="36"/>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="63"/>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="79"/>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="94"/>
        <source>There is no system keychain in this session (no D-Bus session bus).</source>
        <translation>In dieser Sitzung gibt es keinen Schlüsselbund (kein D-Bus-Sitzungsbus).</translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="72"/>
        <source>Could not read from the system keychain.</source>
        <translation>Aus dem Schlüsselbund des Systems konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="87"/>
        <source>Could not store the token in the system keychain.</source>
        <translation>Das Token konnte nicht im Schlüsselbund des Systems gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../lib/github/KeychainSecretStore.cpp" line="101"/>
        <source>Could not remove the token from the system keychain.</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund des Systems entfernt werden.</translation>
    </message>
    <message>
        <location filename="../lib/github/TokenSource.cpp" line="39"/>
        <source>the %1 environment variable</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../lib/github/TokenSource.cpp" line="44"/>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <location filename="../lib/github/TokenSource.cpp" line="48"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="23"/>
        <source>The author “%1 &lt;%2&gt;” is not valid.</source>
        <translation>Der Autor „%1 &lt;%2&gt;“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="34"/>
        <source>Could not store “%1” in the repository.</source>
        <translation>„%1“ konnte nicht im Repository gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="61"/>
        <location filename="../lib/git/TreeEditor.cpp" line="64"/>
        <source>Could not write a tree.</source>
        <translation>Ein Tree konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="84"/>
        <source>Could not write the new tree.</source>
        <translation>Der neue Tree konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="92"/>
        <source>No git identity is configured: set user.name and user.email (git config --global user.name &quot;Your Name&quot;).</source>
        <translation>Es ist keine Git-Identität konfiguriert: Setzen Sie user.name und user.email (git config --global user.name &quot;Ihr Name&quot;).</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="124"/>
        <source>Could not write the commit.</source>
        <translation>Der Commit konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="134"/>
        <source>The reference “%1” already exists; it was left as it is.</source>
        <translation>Die Referenz „%1“ existiert bereits; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../lib/git/TreeEditor.cpp" line="136"/>
        <source>Could not create the reference “%1”.</source>
        <translation>Die Referenz „%1“ konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>VersionConstraint</name>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="101"/>
        <source>unexpected character “%1”</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="110"/>
        <source>“%1” is not a valid version constraint: %2.</source>
        <translation>„%1“ ist keine gültige Versionsbedingung: %2.</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="119"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="121"/>
        <source>one of the alternatives joined by “||” is empty</source>
        <translation>eine der mit „||“ verbundenen Alternativen ist leer</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="166"/>
        <source>“%1” must be followed by a version</source>
        <translation>auf „%1“ muss eine Version folgen</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="189"/>
        <source>a comma must be followed by another comparison</source>
        <translation>auf ein Komma muss ein weiterer Vergleich folgen</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="199"/>
        <source>“%1” must be separated from the comparison before it by a space or a comma</source>
        <translation>„%1“ muss vom vorangehenden Vergleich durch ein Leerzeichen oder ein Komma getrennt sein</translation>
    </message>
    <message>
        <location filename="../lib/core/VersionConstraint.cpp" line="210"/>
        <source>“%1” is not a version</source>
        <translation>„%1“ ist keine Version</translation>
    </message>
</context>
<context>
    <name>VersionHistory</name>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="168"/>
        <location filename="../lib/storage/VersionHistory.cpp" line="175"/>
        <source>Could not walk the history.</source>
        <translation>Die Historie konnte nicht durchlaufen werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="177"/>
        <source>Could not walk the history from commit %1.</source>
        <translation>Die Historie konnte ab Commit %1 nicht durchlaufen werden.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="297"/>
        <location filename="../lib/storage/VersionHistory.cpp" line="310"/>
        <source>Computing the history was cancelled.</source>
        <translation>Das Berechnen der Historie wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="320"/>
        <source>The history of %1 ended before its addition was found.</source>
        <translation>Die Historie von %1 endete, bevor das Hinzufügen gefunden wurde.</translation>
    </message>
    <message>
        <location filename="../lib/storage/VersionHistory.cpp" line="372"/>
        <source>%1 is not in commit %2.</source>
        <translation>%1 ist nicht in Commit %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="58"/>
        <source>“%1” is not an option, and versions never start with “-”; a version looks like 8.6.0.</source>
        <translation>„%1“ ist keine Option, und Versionen beginnen nie mit „-“; eine Version sieht aus wie 8.6.0.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>The GitHub (Enterprise) host the GitHub token may be sent to, over HTTPS only (default: TIERDESK_GITHUB_HOST, else github.com).</source>
        <translation>Der GitHub-(Enterprise-)Host, an den das GitHub-Token gesendet werden darf, nur über HTTPS (Vorgabe: TIERDESK_GITHUB_HOST, sonst github.com).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>list what every tier of a package storage holds</source>
        <translation>auflisten, was jede Stufe eines Paketspeichers enthält</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="110"/>
        <source>compare two package versions in any tiers: files, lines, manifest, changelog</source>
        <translation>zwei Paketversionen aus beliebigen Stufen vergleichen: Dateien, Zeilen, Manifest, Changelog</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>compare two tiers: only in one, changed, shadowed, pending removal; text, Markdown or JSON</source>
        <translation>zwei Stufen vergleichen: nur in einer, geändert, verdeckt, Entfernung ausstehend; Text, Markdown oder JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="112"/>
        <source>check whether production can be tagged for a stack version</source>
        <translation>prüfen, ob production für eine Stack-Version getaggt werden kann</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>cut the stack-version tag from production (when the check passes)</source>
        <translation>das Stack-Versions-Tag auf production setzen (wenn die Prüfung besteht)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>release notes between two refs: packages, versions, changelog entries</source>
        <translation>Release Notes zwischen zwei Refs: Pakete, Versionen, Changelog-Einträge</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>draft (and publish) a promotion: a copy to a higher tier and a removal below</source>
        <translation>eine Beförderung entwerfen (und veröffentlichen): eine Kopie in eine höhere Stufe und eine Entfernung darunter</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>list, show, publish or delete promotion drafts; pull-request states</source>
        <translation>Beförderungsentwürfe auflisten, zeigen, veröffentlichen oder löschen; Zustände der Pull Requests</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="117"/>
        <source>explain why a version is or is not a promotion candidate</source>
        <translation>erklären, warum eine Version ein Beförderungskandidat ist oder nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="122"/>
        <source>usage: tierdesk-cli COMMAND [ARGS...]</source>
        <translation>Aufruf: tierdesk-cli BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="123"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>Run &apos;tierdesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit „tierdesk-cli BEFEHL --help“ erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="155"/>
        <source>tierdesk-cli: unknown command “%1”.</source>
        <translation>tierdesk-cli: unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffEditor</name>
    <message>
        <location filename="../app/gui/diff/DiffEditor.cpp" line="129"/>
        <source>No newline at end of file</source>
        <translation>Kein Zeilenumbruch am Dateiende</translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffFileModel</name>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="35"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="36"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="37"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="38"/>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="121"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="92"/>
        <source>%1% similar</source>
        <translation>%1 % ähnlich</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="94"/>
        <source>mode %1 → %2</source>
        <translation>Modus %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="96"/>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="109"/>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="98"/>
        <source>too large (%1)</source>
        <translation>zu groß (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="100"/>
        <source>whitespace only</source>
        <translation>nur Leerraum</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="102"/>
        <source>line endings only</source>
        <translation>nur Zeilenenden</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="111"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="113"/>
        <source>whitespace</source>
        <translation>Leerraum</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="115"/>
        <source>line endings</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="119"/>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffFileList.cpp" line="139"/>
        <source>%1 lines added, %2 removed</source>
        <translation>%1 Zeilen hinzugefügt, %2 entfernt</translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffImagePane</name>
    <message>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="86"/>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="87"/>
        <source>The picture could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="86"/>
        <location filename="../app/gui/diff/DiffImagePane.cpp" line="87"/>
        <source>Not in this version</source>
        <translation>Nicht in dieser Version</translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffSummary</name>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="23"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="46"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="52"/>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="55"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="53"/>
        <source>no field changed</source>
        <translation>kein Feld geändert</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="60"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="63"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="92"/>
        <source>Changelog entries added</source>
        <translation>Hinzugefügte Changelog-Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="93"/>
        <source>Changelog entries removed</source>
        <translation>Entfernte Changelog-Einträge</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="95"/>
        <source>Changelog</source>
        <translation>Changelog</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffSummary.cpp" line="95"/>
        <source>no entry added</source>
        <translation>kein Eintrag hinzugefügt</translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffTextPane</name>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="30"/>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="30"/>
        <source>The file as the older version has it, changed lines marked</source>
        <translation>Die Datei, wie die ältere Version sie enthält, geänderte Zeilen markiert</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="31"/>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="31"/>
        <source>The file as the newer version has it, changed lines marked</source>
        <translation>Die Datei, wie die neuere Version sie enthält, geänderte Zeilen markiert</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffTextPane.cpp" line="199"/>
        <source>⋯  %1 unchanged lines  ⋯</source>
        <translation>⋯  %1 unveränderte Zeilen  ⋯</translation>
    </message>
</context>
<context>
    <name>tierdesk::DiffView</name>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="103"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="104"/>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="108"/>
        <source>Show the older and the newer file next to each other</source>
        <translation>Die ältere und die neuere Datei nebeneinander zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="109"/>
        <source>Show removed and added lines in one column, as in a patch</source>
        <translation>Entfernte und hinzugefügte Zeilen in einer Spalte zeigen, wie in einem Patch</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="116"/>
        <source>Previous change</source>
        <translation>Vorige Änderung</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="118"/>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="120"/>
        <source>Previous change (Alt+Up, Shift+F7)</source>
        <translation>Vorige Änderung (Alt+Hoch, Umschalt+F7)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="121"/>
        <source>Next change (Alt+Down, F7)</source>
        <translation>Nächste Änderung (Alt+Runter, F7)</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="122"/>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="123"/>
        <source>Show every unchanged line of this file</source>
        <translation>Jede unveränderte Zeile dieser Datei anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="124"/>
        <source>Show source</source>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="126"/>
        <source>Compare the SVG&apos;s text instead of the pictures</source>
        <translation>Den Text der SVG-Datei statt der Bilder vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="169"/>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="170"/>
        <source>Every file added, removed, renamed or modified; the selected one is shown beside</source>
        <translation>Jede hinzugefügte, entfernte, umbenannte oder geänderte Datei; die ausgewählte wird daneben gezeigt</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="174"/>
        <source>Hide mode-only changes</source>
        <translation>Nur-Modus-Änderungen ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="175"/>
        <source>Leave out of the list the files whose only change is their mode (the executable bit)</source>
        <translation>Dateien, deren einzige Änderung ihr Modus ist (das Ausführungsbit), aus der Liste weglassen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="235"/>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="314"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="317"/>
        <source>Choose two versions to compare.</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="327"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="328"/>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="329"/>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="340"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="353"/>
        <source>Hide mode-only changes (%1)</source>
        <translation>Reine Modusänderungen ausblenden (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/diff/DiffView.cpp" line="354"/>
        <source>Leave out the %n file(s) whose only change is their mode (the executable bit)</source>
        <translation>
            <numerusform>Die %n Datei weglassen, deren einzige Änderung ihr Modus ist (das Ausführungsbit)</numerusform>
            <numerusform>Die %n Dateien weglassen, deren einzige Änderung ihr Modus ist (das Ausführungsbit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="359"/>
        <source>The two versions have identical content.</source>
        <translation>Die beiden Versionen haben identischen Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="370"/>
        <source>%1 files changed · +%2 −%3</source>
        <translation>%1 Dateien geändert · +%2 −%3</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="425"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="477"/>
        <source>%1 · %2 × %3 px · %4</source>
        <translation>%1 · %2 × %3 px · %4</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="490"/>
        <source>%1 is too large to compare here (%2; the limit is %3).</source>
        <translation>%1 ist zu groß, um hier verglichen zu werden (%2; die Grenze ist %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="494"/>
        <source>%1 is a binary file (%2 → %3).</source>
        <translation>%1 ist eine Binärdatei (%2 → %3).</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="499"/>
        <source>Only the file mode changed: %1 → %2. The content is identical.</source>
        <translation>Nur der Dateimodus hat sich geändert: %1 → %2. Der Inhalt ist identisch.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="502"/>
        <source>Renamed from %1 without changes to the content.</source>
        <translation>Umbenannt von %1, ohne Änderungen am Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="504"/>
        <source>%1 is a new, empty file.</source>
        <translation>%1 ist eine neue, leere Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="506"/>
        <source>%1, an empty file, was removed.</source>
        <translation>%1, eine leere Datei, wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="508"/>
        <source>No difference in the content.</source>
        <translation>Kein Unterschied im Inhalt.</translation>
    </message>
    <message>
        <location filename="../app/gui/diff/DiffView.cpp" line="538"/>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
</context>
<context>
    <name>tierdesk::DraftsPanel</name>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="78"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="79"/>
        <source>Check Removal Safety</source>
        <translation>Entfernung auf Sicherheit prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="80"/>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="81"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="91"/>
        <source>Draft details</source>
        <translation>Einzelheiten des Entwurfs</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="93"/>
        <source>Pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="95"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="191"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="200"/>
        <source>A draft branch is gone or was moved by someone else.</source>
        <translation>Ein Entwurfs-Branch ist verschwunden oder wurde von jemand anderem verschoben.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="175"/>
        <source>The drafts could not be read</source>
        <translation>Die Entwürfe konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="216"/>
        <source>No drafts yet</source>
        <translation>Noch keine Entwürfe</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="217"/>
        <source>Select a version in the Packages view and choose Package › Promote…, or run tierdesk-cli promote. A draft is a pair of branches under tierdesk/ in this repository; nothing leaves it until you publish.</source>
        <translation>Wählen Sie in der Ansicht „Pakete“ eine Version und dann Paket › Befördern…, oder rufen Sie tierdesk-cli promote auf. Ein Entwurf ist ein Paar von Branches unter tierdesk/ in diesem Repository; nichts verlässt es, bevor Sie veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="41"/>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="281"/>
        <source>promotion %1</source>
        <translation>Beförderung %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="41"/>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="283"/>
        <source>removal %1</source>
        <translation>Entfernung %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="92"/>
        <source>The selected draft&apos;s titles, bodies, branches, remote and pull requests, read-only</source>
        <translation>Titel, Texte, Branches, Remote und Pull Requests des ausgewählten Entwurfs, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="96"/>
        <source>This repository&apos;s promotion drafts: tiers, versions, state and pull requests; select one for its details</source>
        <translation>Die Beförderungsentwürfe dieses Repositorys: Stufen, Versionen, Zustand und Pull Requests; einen auswählen für seine Einzelheiten</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="98"/>
        <source>Read the drafts and their pull requests&apos; states again</source>
        <translation>Die Entwürfe und die Zustände ihrer Pull Requests neu lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="100"/>
        <source>Check whether the selected draft&apos;s removal may be merged: the promotion is merged and the destination holds the same files</source>
        <translation>Prüfen, ob die Entfernung des ausgewählten Entwurfs gemergt werden darf: die Beförderung ist gemergt und das Ziel enthält dieselben Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="102"/>
        <source>Push the selected draft to your fork and open its pull requests</source>
        <translation>Den ausgewählten Entwurf in Ihren Fork pushen und seine Pull Requests öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="103"/>
        <source>Delete the selected draft and its local branches; pushed branches stay</source>
        <translation>Den ausgewählten Entwurf und seine lokalen Branches löschen; gepushte Branches bleiben</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="206"/>
        <source>Pull requests of draft %1</source>
        <translation>Pull Requests des Entwurfs %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="208"/>
        <source>Links to the draft&apos;s pull requests on GitHub, each with its state when it was read</source>
        <translation>Links zu den Pull Requests des Entwurfs auf GitHub, jeder mit seinem Zustand beim Lesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="260"/>
        <source>%n entry(s) of the drafts file set aside (not used, kept in the file as written):</source>
        <translation>
            <numerusform>%n Eintrag der Entwurfsdatei beiseitegelegt (nicht verwendet, unverändert in der Datei):</numerusform>
            <numerusform>%n Einträge der Entwurfsdatei beiseitegelegt (nicht verwendet, unverändert in der Datei):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="266"/>
        <source>The drafts file was written by a newer Tierdesk (format %1): it is read but never changed.</source>
        <translation>Die Entwurfsdatei stammt von einem neueren Tierdesk (Format %1): Sie wird gelesen, aber nie geändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="291"/>
        <source>Pull request: none yet</source>
        <translation>Pull Request: noch keiner</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="292"/>
        <source>state unknown (%1)</source>
        <translation>Zustand unbekannt (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="294"/>
        <source>Pull request: %1 (%2)</source>
        <translation>Pull Request: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="299"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="300"/>
        <source>Branch: %1 (into %2)</source>
        <translation>Branch: %1 (nach %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="301"/>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="319"/>
        <source>Draft %1: %2 → %3</source>
        <translation>Entwurf %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="320"/>
        <source>Remote: %1</source>
        <translation>Remote: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="320"/>
        <source>not pushed yet</source>
        <translation>noch nicht gepusht</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="322"/>
        <source>Promotion</source>
        <translation>Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="324"/>
        <source>Promotion: none, %1&apos;s distribution already served every version.</source>
        <translation>Beförderung: keine, die Distribution von %1 lieferte bereits jede Version aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="326"/>
        <source>Removal</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="355"/>
        <source>Reading the pull requests, fetching %1 and comparing the promoted versions…</source>
        <translation>Pull Requests werden gelesen, %1 wird abgerufen und die beförderten Versionen werden verglichen …</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="371"/>
        <source>The removal safety could not be checked: %1</source>
        <translation>Die Sicherheit der Entfernung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="378"/>
        <source>(Not fetched: %1)</source>
        <translation>(Nicht abgerufen: %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="390"/>
        <source>Publish Draft %1</source>
        <translation>Entwurf %1 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="412"/>
        <source>Delete Draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="413"/>
        <source>Delete the draft %1 and its local branches? Pushed branches and opened pull requests are not touched.</source>
        <translation>Den Entwurf %1 und seine lokalen Branches löschen? Gepushte Branches und geöffnete Pull Requests bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="427"/>
        <source>The draft could not be deleted: %1</source>
        <translation>Der Entwurf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/DraftsPanel.cpp" line="431"/>
        <source>Deleted the draft %1.</source>
        <translation>Der Entwurf %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>tierdesk::FieldMessage</name>
    <message>
        <location filename="../app/gui/settings/FieldMessage.cpp" line="17"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/FieldMessage.cpp" line="24"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::GitHubClient</name>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="115"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="117"/>
        <source>%1 failed: %2 did not answer within %3 seconds; the drafts are kept, try again later.</source>
        <translation>%1 fehlgeschlagen: %2 hat nicht innerhalb von %3 Sekunden geantwortet; die Entwürfe bleiben erhalten, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="121"/>
        <source>%1 failed: %2 could not be reached; the drafts are kept, try again when online.</source>
        <translation>%1 fehlgeschlagen: %2 war nicht erreichbar; die Entwürfe bleiben erhalten, versuchen Sie es erneut, sobald Sie online sind.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="129"/>
        <source>%1 failed: GitHub did not accept the token (401): it is wrong, expired or revoked.</source>
        <translation>%1 fehlgeschlagen: GitHub hat das Token nicht akzeptiert (401): Es ist falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="132"/>
        <source>%1 failed: GitHub refused it (403): the token may lack permission for pull requests on this repository, or a rate limit was reached.</source>
        <translation>%1 fehlgeschlagen: GitHub hat die Anfrage abgelehnt (403): Dem Token fehlt eventuell die Berechtigung für Pull Requests in diesem Repository, oder ein Ratenlimit wurde erreicht.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="137"/>
        <source>%1 failed: GitHub does not know the repository or branch (404), or the token cannot see it.</source>
        <translation>%1 fehlgeschlagen: GitHub kennt das Repository oder den Branch nicht (404), oder das Token kann sie nicht sehen.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="141"/>
        <source>%1 failed: GitHub did not accept the pull request (422).</source>
        <translation>%1 fehlgeschlagen: GitHub hat den Pull Request nicht akzeptiert (422).</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="144"/>
        <source>%1 failed: GitHub had an internal error (HTTP %2); try again later.</source>
        <translation>%1 fehlgeschlagen: GitHub hatte einen internen Fehler (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="147"/>
        <source>%1 failed: GitHub answered HTTP %2.</source>
        <translation>%1 fehlgeschlagen: GitHub antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="161"/>
        <source>Opening the pull request “%1”</source>
        <translation>Pull Request „%1“ wird geöffnet</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="171"/>
        <location filename="../lib/github/GitHubClient.cpp" line="212"/>
        <source>%1 failed: GitHub&apos;s answer names no pull request.</source>
        <translation>%1 fehlgeschlagen: Die Antwort von GitHub nennt keinen Pull Request.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="184"/>
        <source>Looking up the pull request of %1</source>
        <translation>Pull Request von %1 wird gesucht</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="194"/>
        <source>There is no open pull request for %1.</source>
        <translation>Es gibt keinen offenen Pull Request für %1.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="202"/>
        <source>Reading the pull request #%1</source>
        <translation>Pull Request #%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="242"/>
        <location filename="../lib/github/GitHubClient.cpp" line="269"/>
        <source>The request ended without an answer.</source>
        <translation>Die Anfrage endete ohne Antwort.</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="276"/>
        <source>Listing the open pull requests of %1</source>
        <translation>Auflisten der offenen Pull Requests von %1</translation>
    </message>
    <message>
        <location filename="../lib/github/GitHubClient.cpp" line="288"/>
        <source>%1 failed: GitHub&apos;s answer is not a list of pull requests.</source>
        <translation>%1 ist fehlgeschlagen: Die Antwort von GitHub ist keine Liste von Pull Requests.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoadProgressWidget</name>
    <message>
        <location filename="../app/gui/shell/LoadProgress.cpp" line="20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/LoadProgress.cpp" line="29"/>
        <source>Stop loading; whatever was shown before stays.</source>
        <translation>Laden abbrechen; was vorher angezeigt wurde, bleibt.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="210"/>
        <source>You are looking at Tierdesk&apos;s demo storage.</source>
        <translation>Sie sehen den Demo-Speicher von Tierdesk.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="212"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="543"/>
        <source>Open a Repository…</source>
        <translation>Repository öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="234"/>
        <source>&amp;Packages</source>
        <translation>Pa&amp;kete</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="236"/>
        <source>&amp;Tiers</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="239"/>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="150"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="242"/>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="212"/>
        <source>Choose a package-storage repository on disk to review instead of the demo</source>
        <translation>Statt der Demo ein Paketspeicher-Repository auf der Festplatte zum Prüfen wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="228"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="229"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="230"/>
        <source>Packages, Tiers, Release and Drafts: one tab per view (Ctrl+1 … Ctrl+4)</source>
        <translation>Pakete, Stufen, Release und Entwürfe: ein Reiter je Ansicht (Strg+1 … Strg+4)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="243"/>
        <source>The tiers side by side, the selected version&apos;s details and changes (Ctrl+1)</source>
        <translation>Die Stufen nebeneinander, Details und Änderungen der ausgewählten Version (Strg+1)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="244"/>
        <source>Each tier&apos;s state, and two tiers compared (Ctrl+2)</source>
        <translation>Der Zustand jeder Stufe und zwei Stufen im Vergleich (Strg+2)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="245"/>
        <source>Is production ready to be tagged for a stack release? (Ctrl+3)</source>
        <translation>Ist production bereit, für ein Stack-Release getaggt zu werden? (Strg+3)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="246"/>
        <source>Promotion drafts: their branches, pull requests and removal safety (Ctrl+4)</source>
        <translation>Beförderungsentwürfe: ihre Branches, Pull Requests und die Sicherheit der Entfernung (Strg+4)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="251"/>
        <source>No repository is open</source>
        <translation>Kein Repository geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="251"/>
        <source>Open a package-storage repository to see its tiers.</source>
        <translation>Öffnen Sie ein Paketspeicher-Repository, um seine Stufen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="552"/>
        <source>Read the same repository once more</source>
        <translation>Dasselbe Repository noch einmal lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="66"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="66"/>
        <source>Fetch from the same remote again</source>
        <translation>Noch einmal vom selben Remote abrufen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="68"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="100"/>
        <source>&amp;Open Repository…</source>
        <translation>Repository ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="102"/>
        <source>Open a package-storage git repository</source>
        <translation>Ein Git-Repository eines Paketspeichers öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="105"/>
        <source>Show the &amp;Demo Storage</source>
        <translation>&amp;Demo-Speicher anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="106"/>
        <source>Open the built-in demo storage</source>
        <translation>Den eingebauten Demo-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="109"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="111"/>
        <source>Read the tiers again; unchanged tiers are reused</source>
        <translation>Die Stufen erneut lesen; unveränderte Stufen werden übernommen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="134"/>
        <source>&amp;Filter Packages</source>
        <translation>Pakete &amp;filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="141"/>
        <source>Only Packages with &amp;Problems</source>
        <translation>Nur Pakete mit &amp;Problemen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="143"/>
        <source>Show only packages that have a version with problems</source>
        <translation>Nur Pakete anzeigen, die eine Version mit Problemen haben</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="120"/>
        <source>&amp;Promote…</source>
        <translation>&amp;Befördern…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="122"/>
        <source>Draft the promotion of the selected version to a higher tier</source>
        <translation>Die Beförderung der ausgewählten Version in eine höhere Stufe entwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="50"/>
        <location filename="../app/gui/shell/FetchController.cpp" line="107"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="52"/>
        <location filename="../app/gui/shell/FetchController.cpp" line="110"/>
        <source>Download the remote&apos;s tier branches in the background, then reload</source>
        <translation>Die Stufen-Branches des Remotes im Hintergrund herunterladen, dann neu laden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="55"/>
        <source>&amp;Cancel Fetch</source>
        <translation>Abrufen abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="198"/>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;Über Tierdesk</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="199"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="163"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="37"/>
        <source>Fetch Fro&amp;m</source>
        <translation>Abrufen &amp;von</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="194"/>
        <source>&amp;Package</source>
        <translation>&amp;Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="197"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="69"/>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="70"/>
        <source>Filter packages…</source>
        <translation>Pakete filtern…</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="73"/>
        <source>Filter packages by name, title or owner team (Ctrl+F)</source>
        <translation>Pakete nach Name, Titel oder Besitzer-Team filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="82"/>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="83"/>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="85"/>
        <source>All packages</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="86"/>
        <source>↑ Promotion candidates</source>
        <translation>↑ Beförderungskandidaten</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="87"/>
        <source>≡ Removal pending</source>
        <translation>≡ Entfernung ausstehend</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="88"/>
        <source>⚠ Problems</source>
        <translation>⚠ Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="89"/>
        <source>In only one tier</source>
        <translation>Nur in einer Stufe</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="90"/>
        <source>≠ Shadowed copies</source>
        <translation>≠ Verdeckte Kopien</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="92"/>
        <source>Packages with a promoted copy whose removal is pending</source>
        <translation>Pakete mit einer beförderten Kopie, deren Entfernung aussteht</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="94"/>
        <source>Packages with a problem version: policy or manifest problems</source>
        <translation>Pakete mit einer Problemversion: Richtlinien- oder Manifestprobleme</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="96"/>
        <source>Packages with a copy that is never served because a higher tier holds other content</source>
        <translation>Pakete mit einer Kopie, die nie ausgeliefert wird, weil eine höhere Stufe anderen Inhalt enthält</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="109"/>
        <source>Owner team (owner.github)</source>
        <translation>Besitzer-Team (owner.github)</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="110"/>
        <source>Owner team</source>
        <translation>Besitzer-Team</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="114"/>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="164"/>
        <source>Any owner</source>
        <translation>Jeder Besitzer</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="126"/>
        <source>Release stage of the newest version</source>
        <translation>Release-Phase der neuesten Version</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="127"/>
        <source>Release stage</source>
        <translation>Release-Phase</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="128"/>
        <source>Any release</source>
        <translation>Jedes Release</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="129"/>
        <source>GA</source>
        <translation>GA</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="130"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="131"/>
        <source>Experimental</source>
        <translation>Experimentell</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="141"/>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="142"/>
        <source>Sort packages</source>
        <translation>Pakete sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="144"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="145"/>
        <source>Sort by newest change</source>
        <translation>Nach neuester Änderung sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/FilterBar.cpp" line="146"/>
        <source>Sort by pending versions</source>
        <translation>Nach ausstehenden Versionen sortieren</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="328"/>
        <source>Promote %1 %2…</source>
        <translation>%1 %2 befördern…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="72"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="75"/>
        <source>What the selected version is compared with: the defaults first, then any version of the package in any tier, a tag, or any tag or commit you type</source>
        <translation>Womit die ausgewählte Version verglichen wird: zuerst die Vorschläge, dann jede Version des Pakets in jeder Stufe, ein Tag oder jedes Tag bzw. jeder Commit, den Sie eingeben</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="77"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="82"/>
        <source>Tag, branch or commit, or REF:NAME@VERSION; Enter compares</source>
        <translation>Tag, Branch oder Commit, oder REF:NAME@VERSION; Eingabe vergleicht</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="83"/>
        <source>Compare with a tag or commit</source>
        <translation>Mit einem Tag oder Commit vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="88"/>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="195"/>
        <source>Select a version in the matrix to see what changed.</source>
        <translation>Wählen Sie eine Version in der Matrix, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="101"/>
        <source>“%1” is neither a tag, branch or commit nor REF:NAME@VERSION.</source>
        <translation>„%1“ ist weder ein Tag, Branch oder Commit noch REF:NAME@VERSION.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="140"/>
        <source>Suggested</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="140"/>
        <source>Other versions of %1</source>
        <translation>Andere Versionen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="147"/>
        <source>Another tag, branch or commit…</source>
        <translation>Ein anderes Tag, ein Branch oder Commit …</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="162"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="173"/>
        <source>The newest %1 at the tag %2</source>
        <translation>Das neueste %1 beim Tag %2</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/ChangesPanel.cpp" line="198"/>
        <source>%1 %2 has no other version to compare with in the tiers; choose a tag or commit above.</source>
        <translation>%1 %2 hat in den Stufen keine andere Version zum Vergleichen; wählen Sie oben ein Tag oder einen Commit.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="66"/>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="68"/>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="67"/>
        <source>Details: the selected version&apos;s manifest, tiers and explanation; Changes: its diff</source>
        <translation>Details: Manifest, Stufen und Erklärung der ausgewählten Version; Änderungen: ihr Diff</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="73"/>
        <source>The selected version&apos;s manifest, tiers, explanation and changelog</source>
        <translation>Manifest, Stufen, Erklärung und Changelog der ausgewählten Version</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="75"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="76"/>
        <source>What promoting the selected version changes, or what changed since its previous version (Alt+Down: next change)</source>
        <translation>Was das Befördern der ausgewählten Version ändert oder was sich seit ihrer vorigen Version geändert hat (Alt+Runter: nächste Änderung)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/TiersPage.cpp" line="41"/>
        <source>Comparison exported to %1</source>
        <translation>Vergleich nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="68"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="107"/>
        <source>&amp;Fetch from “%1”</source>
        <translation>&amp;Abrufen von „%1“</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="109"/>
        <source>This repository has no remote to fetch from.</source>
        <translation>Dieses Repository hat kein Remote, von dem abgerufen werden kann.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="145"/>
        <source>Fetching from “%1”…</source>
        <translation>Abrufen von „%1“…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="178"/>
        <source>Fetched from “%1”: already up to date.</source>
        <translation>Von „%1“ abgerufen: bereits aktuell.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="179"/>
        <source>Fetched from “%1”: %2 updated.</source>
        <translation>Von „%1“ abgerufen: %2 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/FetchController.cpp" line="204"/>
        <source>Fetch failed: %1</source>
        <translation>Abrufen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="427"/>
        <source>Open a Package-Storage Repository</source>
        <translation>Paketspeicher-Repository öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="443"/>
        <location filename="../app/gui/shell/MainWindow.cpp" line="450"/>
        <source>Opening the demo storage…</source>
        <translation>Demo-Speicher wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="443"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="450"/>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="452"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="452"/>
        <source>Stop reading the repository</source>
        <translation>Das Lesen des Repositorys abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/MainWindow.cpp" line="483"/>
        <source>Read in %1 ms; %n version(s) parsed, the rest reused.</source>
        <translation>
            <numerusform>In %1 ms gelesen; %n Version ausgewertet, der Rest übernommen.</numerusform>
            <numerusform>In %1 ms gelesen; %n Versionen ausgewertet, der Rest übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/shell/PackagesPage.cpp" line="157"/>
        <source>Could not read the tiers&apos; history for “newest change”: %1</source>
        <translation>Die Historie der Stufen für „neueste Änderung“ konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="511"/>
        <source>Loading was cancelled; the tiers shown are as they were.</source>
        <translation>Das Laden wurde abgebrochen; die angezeigten Stufen sind unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="514"/>
        <source>Loading was cancelled</source>
        <translation>Das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="517"/>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="531"/>
        <source>The demo storage could not be opened</source>
        <translation>Der Demo-Speicher konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="532"/>
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="533"/>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="536"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="544"/>
        <source>Choose a package-storage repository on disk to open</source>
        <translation>Ein Paketspeicher-Repository auf der Festplatte zum Öffnen wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="548"/>
        <source>Show the Demo Storage</source>
        <translation>Demo-Speicher anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="549"/>
        <source>Open the built-in example storage, to look around without a repository</source>
        <translation>Den eingebauten Beispielspeicher öffnen, um sich ohne Repository umzusehen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="552"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/RecentMenu.cpp" line="45"/>
        <source>No Recent Repositories</source>
        <translation>Keine zuletzt geöffneten Repositorys</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/RecentMenu.cpp" line="47"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="558"/>
        <source>Demo Storage — Tierdesk</source>
        <translation>Demo-Speicher — Tierdesk</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="558"/>
        <source>%1 — Tierdesk</source>
        <translation>%1 — Tierdesk</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="560"/>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="565"/>
        <source>About Tierdesk</source>
        <translation>Über Tierdesk</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="566"/>
        <source>&lt;h3&gt;Tierdesk %1&lt;/h3&gt;&lt;p&gt;Review and promote packages across the tiers of a package storage: snapshot, staging and production.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libgit2 %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierdesk %1&lt;/h3&gt;&lt;p&gt;Pakete über die Stufen eines Paketspeichers hinweg prüfen und befördern: snapshot, staging und production.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und libgit2 %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/MatrixPage.cpp" line="51"/>
        <source>↑&#xa0;promotion candidate   ≡&#xa0;promoted, removal pending   ≠&#xa0;shadowed, never served   ≈&#xa0;shadowed, cosmetic difference   ⊘&#xa0;policy problem   ⚠&#xa0;manifest problem   ✎&#xa0;in a draft</source>
        <translation>↑&#xa0;Beförderungskandidat   ≡&#xa0;befördert, Entfernung offen   ≠&#xa0;verdeckt, nie ausgeliefert   ≈&#xa0;verdeckt, nur kosmetischer Unterschied   ⊘&#xa0;Richtlinie   ⚠&#xa0;Manifest   ✎&#xa0;in einem Entwurf</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/MatrixPage.cpp" line="54"/>
        <source>A version in several tiers is served from the highest one. A lower copy with identical content (≡) has been promoted and waits for removal; a lower copy with different content (≠) is never served; ≈ says that only file modes, whitespace or line endings differ. ↑ marks a version newer than anything in the higher tiers. Hover a version for details; click it or use the arrow keys to select it.</source>
        <translation>Eine Version in mehreren Stufen wird aus der höchsten ausgeliefert. Eine niedrigere Kopie mit identischem Inhalt (≡) wurde befördert und wartet auf ihre Entfernung; eine niedrigere Kopie mit anderem Inhalt (≠) wird nie ausgeliefert; ≈ heißt, dass sich nur Dateimodi, Leerraum oder Zeilenenden unterscheiden. ↑ markiert eine Version, die neuer ist als alles in den höheren Stufen. Zeigen Sie für Einzelheiten auf eine Version; klicken Sie sie an oder wählen Sie sie mit den Pfeiltasten aus.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MatrixView</name>
    <message>
        <location filename="../app/gui/matrix/MatrixView.cpp" line="29"/>
        <source>Tier matrix</source>
        <translation>Stufenmatrix</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/MatrixView.cpp" line="30"/>
        <source>Packages in rows, tiers in columns; arrow keys move between versions</source>
        <translation>Pakete in Zeilen, Stufen in Spalten; die Pfeiltasten wechseln zwischen Versionen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix/MatrixView.cpp" line="106"/>
        <source>%1 in %2: %n more version(s)</source>
        <translation>
            <numerusform>%1 in %2: %n weitere Version</numerusform>
            <numerusform>%1 in %2: %n weitere Versionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageBanner</name>
    <message>
        <location filename="../app/gui/common/MessageBanner.cpp" line="30"/>
        <source>Message type</source>
        <translation>Art der Meldung</translation>
    </message>
</context>
<context>
    <name>tierdesk::PackageDetails</name>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="165"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="165"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="165"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="166"/>
        <source>Kibana</source>
        <translation>Kibana</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="166"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="99"/>
        <source>Versions across tiers</source>
        <translation>Versionen über die Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="97"/>
        <source>Promotion</source>
        <translation>Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="101"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="202"/>
        <source>Changelog</source>
        <translation>Changelog</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="104"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="203"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="250"/>
        <source>Select a version to see its details.</source>
        <translation>Wählen Sie eine Version, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="250"/>
        <source>No storage is open.</source>
        <translation>Es ist kein Speicher geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="266"/>
        <source>%1 %2 is not in %3.</source>
        <translation>%1 %2 ist nicht in %3.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="297"/>
        <source>No explanation is available for this version.</source>
        <translation>Für diese Version ist keine Erklärung verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="302"/>
        <source>↑ A promotion candidate for %1.</source>
        <translation>↑ Ein Beförderungskandidat für %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="304"/>
        <source>Not a promotion candidate for %1 now:</source>
        <translation>Derzeit kein Beförderungskandidat für %1:</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="366"/>
        <source>Only in %1.</source>
        <translation>Nur in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="381"/>
        <source>%1 (identical)</source>
        <translation>%1 (identisch)</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="383"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="385"/>
        <source>%1 (different content)</source>
        <translation>%1 (anderer Inhalt)</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="387"/>
        <source>The served copy; also in %1.</source>
        <translation>Die ausgelieferte Kopie; auch in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="390"/>
        <source>Identical to the served copy in %1: promoted, its removal from %2 is pending.</source>
        <translation>Identisch mit der ausgelieferten Kopie in %1: befördert, die Entfernung aus %2 steht aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="392"/>
        <source>Compared with the copy in %1, which is served instead, %2: this copy is never served.</source>
        <translation>Verglichen mit der Kopie in %1, die stattdessen ausgeliefert wird: %2; diese Kopie wird nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="394"/>
        <source>Different content from the copy in %1, which is served instead: this copy is never served.</source>
        <translation>Anderer Inhalt als die Kopie in %1, die stattdessen ausgeliefert wird: Diese Kopie wird nie ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="400"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="415"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="403"/>
        <source>Identical to the served copy in a higher tier: removal pending.</source>
        <translation>Identisch mit der ausgelieferten Kopie in einer höheren Stufe: Entfernung ausstehend.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="405"/>
        <source>Different content from the served copy in a higher tier.</source>
        <translation>Anderer Inhalt als die ausgelieferte Kopie in einer höheren Stufe.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="407"/>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="418"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="525"/>
        <source>This version has no icon.</source>
        <translation>Diese Version hat kein Symbol.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="526"/>
        <source>This version has no readable icon: %1</source>
        <translation>Diese Version hat kein lesbares Symbol: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="538"/>
        <source>Changelog of %1</source>
        <translation>Changelog von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="542"/>
        <source>Reading changelog.yml…</source>
        <translation>changelog.yml wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="544"/>
        <source>This version has no changelog.yml.</source>
        <translation>Diese Version hat kein changelog.yml.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="547"/>
        <source>changelog.yml lists no versions.</source>
        <translation>changelog.yml listet keine Versionen auf.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="550"/>
        <source>changelog.yml has no entry for %1; its newest entry, %2, is shown.</source>
        <translation>changelog.yml hat keinen Eintrag für %1; der neueste Eintrag, %2, wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="554"/>
        <source>The entry for %1 lists no changes.</source>
        <translation>Der Eintrag für %1 listet keine Änderungen auf.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="570"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="634"/>
        <source>PR #%1</source>
        <translation>PR #%1</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="649"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="650"/>
        <source>History unavailable: %1</source>
        <translation>Historie nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="653"/>
        <location filename="../app/gui/details/PackageDetails.cpp" line="654"/>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="658"/>
        <source>Present since</source>
        <translation>Vorhanden seit</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="658"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="664"/>
        <source>The oldest commit of the available history; the directory may be older.</source>
        <translation>Der älteste Commit der verfügbaren Historie; das Verzeichnis kann älter sein.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="666"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="668"/>
        <source>Unchanged since then.</source>
        <translation>Seitdem unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="672"/>
        <source>present since</source>
        <translation>vorhanden seit</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="672"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/gui/details/PackageDetails.cpp" line="674"/>
        <source>last changed</source>
        <translation>zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>tierdesk::PromotionDialog</name>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="47"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="48"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="49"/>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="77"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="52"/>
        <source>Promote Versions</source>
        <translation>Versionen befördern</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>1. Plan</source>
        <translation>1. Plan</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>2. Checks</source>
        <translation>2. Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>3. Pull requests</source>
        <translation>3. Pull Requests</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="70"/>
        <source>4. What it adds</source>
        <translation>4. Was hinzukommt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="71"/>
        <source>5. Draft and publish</source>
        <translation>5. Entwerfen und veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="73"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="74"/>
        <source>The promotion&apos;s five steps: plan, checks, pull request texts, what it adds, draft and publish; choose one to go there</source>
        <translation>Die fünf Schritte der Beförderung: Plan, Prüfungen, Pull-Request-Texte, was sie hinzufügt, Entwurf und Veröffentlichen; einen wählen, um dorthin zu gehen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="76"/>
        <source>Go to the previous step</source>
        <translation>Zum vorigen Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="77"/>
        <source>Go to the next step</source>
        <translation>Zum nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="78"/>
        <source>Close the dialog; a draft already written stays</source>
        <translation>Den Dialog schließen; ein schon geschriebener Entwurf bleibt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="38"/>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="40"/>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="40"/>
        <source>Show only the versions whose package name contains this text</source>
        <translation>Nur die Versionen zeigen, deren Paketname diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="43"/>
        <source>Versions to promote</source>
        <translation>Zu befördernde Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="44"/>
        <source>The source tier&apos;s versions; check each one to copy to the destination tier</source>
        <translation>Die Versionen der Quellstufe; jede ankreuzen, die in die Zielstufe kopiert werden soll</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="45"/>
        <source>From tier</source>
        <translation>Von Stufe</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="45"/>
        <source>The tier the versions are copied from and later removed from</source>
        <translation>Die Stufe, aus der die Versionen kopiert und später entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="46"/>
        <source>To tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="46"/>
        <source>The higher tier the versions are copied to</source>
        <translation>Die höhere Stufe, in die die Versionen kopiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="36"/>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="47"/>
        <source>Newest only</source>
        <translation>Nur die neueste</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="48"/>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="62"/>
        <source>Promote each chosen package&apos;s newest version and remove all its versions from the source tier</source>
        <translation>Von jedem gewählten Paket die neueste Version befördern und alle seine Versionen aus der Quellstufe entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="53"/>
        <source>From tier:</source>
        <translation>Von Stufe:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="54"/>
        <source>To tier:</source>
        <translation>Nach Stufe:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="56"/>
        <source>Choose the versions to copy to a higher tier. They are removed from the source tier by a second pull request, merged after the first.</source>
        <translation>Wählen Sie die Versionen, die in eine höhere Stufe kopiert werden. Sie werden durch einen zweiten Pull Request aus der Quellstufe entfernt, der nach dem ersten gemergt wird.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="132"/>
        <source>This version has problems; the checks will tell.</source>
        <translation>Diese Version hat Probleme; die Prüfungen zeigen sie.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="171"/>
        <source>Tick at least one version to promote.</source>
        <translation>Wählen Sie mindestens eine Version zum Befördern an.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionPlanPage.cpp" line="179"/>
        <source>Copies to %1: %2. Removes from %3: %4.</source>
        <translation>Kopiert nach %1: %2. Entfernt aus %3: %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="112"/>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="91"/>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="115"/>
        <source>Tick to go ahead despite this finding; drafting waits until every finding is confirmed (%1)</source>
        <translation>Ankreuzen, um trotz dieses Befunds weiterzumachen; der Entwurf wartet, bis jeder Befund bestätigt ist (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="144"/>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="146"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="148"/>
        <source>Blocked: this promotion cannot be drafted until the problems below are fixed.</source>
        <translation>Blockiert: Diese Beförderung kann erst entworfen werden, wenn die Probleme unten behoben sind.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="150"/>
        <source>Tick each finding below to confirm it (%1 left).</source>
        <translation>Haken Sie jeden Befund unten an, um ihn zu bestätigen (noch %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="152"/>
        <source>Ready to draft.</source>
        <translation>Bereit zum Entwerfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionChecksPage.cpp" line="159"/>
        <source>Drafting writes two new branches in this repository; your working tree, index and existing branches stay as they are.</source>
        <translation>Das Entwerfen schreibt zwei neue Branches in dieses Repository; Ihr Arbeitsverzeichnis, der Index und bestehende Branches bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="57"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="58"/>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="62"/>
        <source>The titles follow the repository&apos;s conventions; the bodies can be edited until drafting. The removal body links the promotion pull request once it exists.</source>
        <translation>Die Titel folgen den Konventionen des Repositorys; die Texte können bis zum Entwerfen bearbeitet werden. Der Text der Entfernung verlinkt den Beförderungs-Pull-Request, sobald es ihn gibt.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="78"/>
        <source>The plan changed after you edited a body: your text was kept, so it may list other versions than the plan now holds.</source>
        <translation>Der Plan hat sich geändert, nachdem Sie einen Text bearbeitet haben: Ihr Text wurde beibehalten, er kann also andere Versionen nennen, als der Plan jetzt enthält.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="82"/>
        <source>Use the Generated Texts</source>
        <translation>Erzeugte Texte verwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="83"/>
        <source>Replace both edited bodies with the texts generated from the current plan</source>
        <translation>Beide bearbeiteten Texte durch die aus dem aktuellen Plan erzeugten ersetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="101"/>
        <source>(none: %1&apos;s distribution already serves every version with identical content)</source>
        <translation>(keiner: Die Distribution von %1 liefert bereits jede Version mit identischem Inhalt aus)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="66"/>
        <source>Promotion pull request</source>
        <translation>Beförderungs-Pull-Request</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="45"/>
        <source>Promotion title</source>
        <translation>Titel der Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="46"/>
        <source>The title of the pull request that copies the versions to the destination tier, read-only</source>
        <translation>Der Titel des Pull Requests, der die Versionen in die Zielstufe kopiert, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="47"/>
        <source>Promotion body</source>
        <translation>Text der Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="48"/>
        <source>The text of the promotion pull request; edit it until drafting</source>
        <translation>Der Text des Beförderungs-Pull-Requests; bis zum Entwurf bearbeitbar</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="49"/>
        <source>Removal title</source>
        <translation>Titel der Entfernung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="50"/>
        <source>The title of the pull request that removes the promoted copies from the source tier, read-only</source>
        <translation>Der Titel des Pull Requests, der die beförderten Kopien aus der Quellstufe entfernt, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="52"/>
        <source>Removal body</source>
        <translation>Text der Entfernung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="53"/>
        <source>The text of the removal pull request; edit it until drafting</source>
        <translation>Der Text des Entfernungs-Pull-Requests; bis zum Entwurf bearbeitbar</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionTextsPage.cpp" line="67"/>
        <source>Removal pull request</source>
        <translation>Entfernungs-Pull-Request</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="24"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="25"/>
        <source>The promoted version whose files are compared with what the destination&apos;s distribution serves now</source>
        <translation>Die beförderte Version, deren Dateien mit dem verglichen werden, was die Distribution des Ziels jetzt ausliefert</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="31"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="55"/>
        <source>No version is promoted.</source>
        <translation>Es wird keine Version befördert.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="74"/>
        <source>%1&apos;s distribution already serves this version with identical content (from %2).</source>
        <translation>Die Distribution von %1 liefert diese Version bereits mit identischem Inhalt aus (aus %2).</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="77"/>
        <source>Compared with %1 %2, the newest version %3&apos;s distribution serves (from %4).</source>
        <translation>Verglichen mit %1 %2, der neuesten Version, die die Distribution von %3 ausliefert (aus %4).</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionAddsPage.cpp" line="80"/>
        <source>%1&apos;s distribution serves no version of %2 yet: every file is new there.</source>
        <translation>Die Distribution von %1 liefert noch keine Version von %2 aus: Jede Datei ist dort neu.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="30"/>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="34"/>
        <source>Draft</source>
        <translation>Entwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="32"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="35"/>
        <source>Write the promotion and removal branches under tierdesk/ in this repository; nothing is pushed yet</source>
        <translation>Die Beförderungs- und Entfernungs-Branches unter tierdesk/ in dieses Repository schreiben; noch wird nichts gepusht</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="37"/>
        <source>Cancel drafting</source>
        <translation>Entwurf abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="37"/>
        <source>Stop writing the draft branches</source>
        <translation>Das Schreiben der Entwurfs-Branches abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="38"/>
        <source>Refresh Plan</source>
        <translation>Plan aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="39"/>
        <source>Read the tiers again and plan the same versions anew.</source>
        <translation>Die Stufen erneut lesen und dieselben Versionen neu planen.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="43"/>
        <source>Drafting progress</source>
        <translation>Fortschritt des Entwurfs</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="43"/>
        <source>How far writing the draft branches has come</source>
        <translation>Wie weit das Schreiben der Entwurfs-Branches ist</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="46"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="72"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="77"/>
        <source>Close (publishing continues…)</source>
        <translation>Schließen (Veröffentlichen läuft weiter…)</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="106"/>
        <source>Drafting…</source>
        <translation>Wird entworfen…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="130"/>
        <source>A tier branch moved since this plan was made, so nothing was drafted. Refresh the plan and check it again.</source>
        <translation>Ein Stufen-Branch hat sich bewegt, seit dieser Plan erstellt wurde, daher wurde nichts entworfen. Aktualisieren Sie den Plan und prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="134"/>
        <source>Drafting was cancelled; nothing was written.</source>
        <translation>Das Entwerfen wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="136"/>
        <source>Drafting failed: %1</source>
        <translation>Entwerfen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="143"/>
        <source>Drafted as %1.</source>
        <translation>Als %1 entworfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="145"/>
        <source>Promotion branch: %1</source>
        <translation>Beförderungs-Branch: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="147"/>
        <source>No promotion branch: %1&apos;s distribution already serves every version.</source>
        <translation>Kein Beförderungs-Branch: Die Distribution von %1 liefert bereits jede Version aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="148"/>
        <source>Removal branch: %1</source>
        <translation>Entfernungs-Branch: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="150"/>
        <source>The draft is in this repository. Publish it to your fork and open both pull requests, or later from the drafts panel.</source>
        <translation>Der Entwurf liegt in diesem Repository. Veröffentlichen Sie ihn in Ihrem Fork und öffnen Sie beide Pull Requests, oder später über die Entwurfsleiste.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDraftPage.cpp" line="160"/>
        <source>Reading the tiers again…</source>
        <translation>Die Stufen werden erneut gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PromotionDialog.cpp" line="157"/>
        <source>The plan was refreshed; review the checks again.</source>
        <translation>Der Plan wurde aktualisiert; sehen Sie sich die Prüfungen erneut an.</translation>
    </message>
</context>
<context>
    <name>tierdesk::PublishPane</name>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="37"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="47"/>
        <source>Your fork: a remote name or URL the draft branches are pushed to.</source>
        <translation>Ihr Fork: ein Remote-Name oder eine URL, auf die die Entwurfs-Branches gepusht werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="48"/>
        <source>GitHub API base URL (GitHub Enterprise: https://HOST/api/v3).</source>
        <translation>Basis-URL der GitHub-API (GitHub Enterprise: https://HOST/api/v3).</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="49"/>
        <source>from the remote&apos;s URL</source>
        <translation>aus der URL des Remotes</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="35"/>
        <source>Allow pushing to the upstream repository for this publication</source>
        <translation>Pushen in das Upstream-Repository für diese Veröffentlichung erlauben</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="46"/>
        <source>Your fork&apos;s remote</source>
        <translation>Das Remote Ihres Forks</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="48"/>
        <source>GitHub API URL</source>
        <translation>GitHub-API-URL</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="50"/>
        <source>Fork owner</source>
        <translation>Besitzer des Forks</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="51"/>
        <source>The GitHub account or organisation that owns the fork; empty: read from the remote&apos;s URL</source>
        <translation>Das GitHub-Konto oder die Organisation, der der Fork gehört; leer: aus der URL des Remotes gelesen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="52"/>
        <source>Push both draft branches to the fork and open both pull requests</source>
        <translation>Beide Entwurfs-Branches in den Fork pushen und beide Pull Requests öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="53"/>
        <source>Cancel publishing</source>
        <translation>Veröffentlichen abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="53"/>
        <source>Stop pushing and opening pull requests</source>
        <translation>Pushen und Öffnen der Pull Requests abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="54"/>
        <source>Publishing progress</source>
        <translation>Fortschritt des Veröffentlichens</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="54"/>
        <source>How far pushing the draft branches has come</source>
        <translation>Wie weit das Pushen der Entwurfs-Branches ist</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="55"/>
        <source>Publishing outcome</source>
        <translation>Ergebnis des Veröffentlichens</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="56"/>
        <source>What publishing did, with links to the pull requests it opened</source>
        <translation>Was das Veröffentlichen getan hat, mit Links zu den geöffneten Pull Requests</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="58"/>
        <source>Draft branches belong in your fork. Pushing them to the repository the tier branches come from is refused unless this is ticked; it is cleared after each publication.</source>
        <translation>Entwurfs-Branches gehören in Ihren Fork. Das Pushen in das Repository, aus dem die Stufen-Branches stammen, wird abgelehnt, außer dies ist angekreuzt; nach jeder Veröffentlichung wird es zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="73"/>
        <source>Your fork&apos;s remote:</source>
        <translation>Remote Ihres Forks:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="76"/>
        <source>GitHub API URL:</source>
        <translation>GitHub-API-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="77"/>
        <source>Fork owner:</source>
        <translation>Fork-Besitzer:</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="100"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="112"/>
        <source>Looking for a GitHub token…</source>
        <translation>GitHub-Token wird gesucht…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="151"/>
        <source>No GitHub token found (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token or the keychain): the branches are pushed and the pull-request texts and links are offered to copy.</source>
        <translation>Kein GitHub-Token gefunden (GITHUB_TOKEN, GH_TOKEN, ~/.elastic/github.token oder der Schlüsselbund): Die Branches werden gepusht, und die Pull-Request-Texte und Links werden zum Kopieren angeboten.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="155"/>
        <source>Pull requests are opened as drafts with the GitHub token from %1.</source>
        <translation>Pull Requests werden als Entwürfe mit dem GitHub-Token aus %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="169"/>
        <source>“%1” is the upstream repository, not a fork: choose your fork.</source>
        <translation>„%1“ ist das Upstream-Repository, kein Fork: Wählen Sie Ihren Fork.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="170"/>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="255"/>
        <source>Remembered for this repository.</source>
        <translation>Für dieses Repository gemerkt.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="178"/>
        <source>Which remote is your fork? None of the remotes is (%1 is the upstream repository): add your fork as a remote, or type its URL.</source>
        <translation>Welches Remote ist Ihr Fork? Keines der Remotes ist es (%1 ist das Upstream-Repository): Fügen Sie Ihren Fork als Remote hinzu, oder geben Sie seine URL ein.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="181"/>
        <source>Which remote is your fork? Tierdesk remembers your choice for this repository.</source>
        <translation>Welches Remote ist Ihr Fork? Tierdesk merkt sich Ihre Wahl für dieses Repository.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="200"/>
        <source>Choose the remote of your fork to push to.</source>
        <translation>Wählen Sie das Remote Ihres Forks, auf das gepusht wird.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="213"/>
        <source>The GitHub API URL is not a valid address.</source>
        <translation>Die GitHub-API-URL ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="222"/>
        <source>Publishing %1…</source>
        <translation>%1 wird veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="248"/>
        <source>Publishing failed: %1 The draft is kept; you can publish it again.</source>
        <translation>Veröffentlichen fehlgeschlagen: %1 Der Entwurf bleibt erhalten; Sie können ihn erneut veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="265"/>
        <source>Pushed to %1.</source>
        <translation>Gepusht nach %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="268"/>
        <source>Pull request: %1</source>
        <translation>Pull Request: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="279"/>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="298"/>
        <source>Promotion compare URL</source>
        <translation>Vergleichs-URL der Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="280"/>
        <source>Promotion title</source>
        <translation>Titel der Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="281"/>
        <source>Promotion body</source>
        <translation>Text der Beförderung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="284"/>
        <source>Removal compare URL</source>
        <translation>Vergleichs-URL der Entfernung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="285"/>
        <source>Removal title</source>
        <translation>Titel der Entfernung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="286"/>
        <source>Removal body</source>
        <translation>Text der Entfernung</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="303"/>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="309"/>
        <source>Read-only, to copy into GitHub&apos;s form</source>
        <translation>Schreibgeschützt, zum Kopieren in das Formular von GitHub</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="313"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="315"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/promotion/PublishPane.cpp" line="315"/>
        <source>Put this text on the clipboard</source>
        <translation>Diesen Text in die Zwischenablage legen</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReleaseNotesPanel</name>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="37"/>
        <source>tag, branch or commit</source>
        <translation>Tag, Branch oder Commit</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="69"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="70"/>
        <source>The tag, branch or commit the notes start after, usually the previous release tag</source>
        <translation>Das Tag, der Branch oder Commit, nach dem die Notizen beginnen, meist das vorige Release-Tag</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="71"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="71"/>
        <source>The tag, branch or commit the notes end with</source>
        <translation>Das Tag, der Branch oder Commit, mit dem die Notizen enden</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="72"/>
        <source>Show Notes</source>
        <translation>Notes anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="73"/>
        <source>List the packages added, updated and removed between the two refs</source>
        <translation>Die zwischen den beiden Refs hinzugefügten, aktualisierten und entfernten Pakete auflisten</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="74"/>
        <source>Copy as Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="76"/>
        <source>Put the release notes on the clipboard as Markdown</source>
        <translation>Die Release Notes als Markdown in die Zwischenablage legen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="77"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="79"/>
        <source>Save the release notes to a Markdown file</source>
        <translation>Die Release Notes in eine Markdown-Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="80"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="82"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="106"/>
        <source>Release notes as Markdown</source>
        <translation>Release Notes als Markdown</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="107"/>
        <source>The notes as they will be pasted: each package added, updated or removed, read-only</source>
        <translation>Die Notizen, wie sie eingefügt werden: jedes hinzugefügte, aktualisierte oder entfernte Paket, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="120"/>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="134"/>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="188"/>
        <source>Choose two refs to see what changed between them.</source>
        <translation>Wählen Sie zwei Refs, um zu sehen, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="194"/>
        <source>Reading %1 and %2…</source>
        <translation>%1 und %2 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="222"/>
        <source>No release notes.</source>
        <translation>Keine Release Notes.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="231"/>
        <source>%1 added, %2 updated, %3 removed, %4 unchanged · %5 characters</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 entfernt, %4 unverändert · %5 Zeichen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="239"/>
        <source>Cut after %1 of %2 packages to fit a GitHub release (%3 characters); Export Markdown saves the whole notes.</source>
        <translation>Nach %1 von %2 Paketen abgeschnitten, damit es in ein GitHub-Release passt (%3 Zeichen); „Markdown exportieren“ speichert die vollständigen Notes.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="267"/>
        <source>Copied the notes as cut to fit a GitHub release; export them for the whole text.</source>
        <translation>Die für ein GitHub-Release gekürzten Notes wurden kopiert; exportieren Sie sie für den vollständigen Text.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="269"/>
        <source>Copied the release notes as Markdown.</source>
        <translation>Die Release Notes wurden als Markdown kopiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="277"/>
        <source>Export Release Notes</source>
        <translation>Release Notes exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="278"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="286"/>
        <source>Saved the whole notes to %1.</source>
        <translation>Die vollständigen Notes wurden unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseNotesPanel.cpp" line="287"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReleaseView</name>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="124"/>
        <source>e.g. 8.6.0 or 8.6.0-SNAPSHOT</source>
        <translation>8.6.0, 8.6.0-SNAPSHOT</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="126"/>
        <source>Stack version</source>
        <translation>Stack-Version</translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="31"/>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="134"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="136"/>
        <location filename="../app/gui/release/ReleaseView.cpp" line="141"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="137"/>
        <source>Copy as Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="139"/>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="145"/>
        <source>Create Tag…</source>
        <translation>Tag erstellen…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="148"/>
        <source>&amp;Stack version:</source>
        <translation>S&amp;tack-Version:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="150"/>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="113"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="148"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="113"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="114"/>
        <source>Kibana constraint</source>
        <translation>Kibana-Bedingung</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="148"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="148"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="149"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="157"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="160"/>
        <source>Distribution identity</source>
        <translation>Identität der Distribution</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="162"/>
        <source>Tier / item</source>
        <translation>Stufe / Eintrag</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="162"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="32"/>
        <source>The release production is compared with: the previous version tag, or another tag, branch or commit</source>
        <translation>Das Release, mit dem production verglichen wird: das vorige Versions-Tag oder ein anderes Tag, ein Branch oder Commit</translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="40"/>
        <source>Previous version tag (automatic)</source>
        <translation>Voriges Versions-Tag (automatisch)</translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="41"/>
        <source>Other tag, branch or commit…</source>
        <translation>Anderes Tag, anderer Branch oder Commit…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="135"/>
        <source>A tag, branch or commit to compare the contents with:</source>
        <translation>Ein Tag, Branch oder Commit, mit dem der Inhalt verglichen wird:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/PreviousReleaseBox.cpp" line="115"/>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="306"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="330"/>
        <source>No repository</source>
        <translation>Kein Repository</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="330"/>
        <source>Open a package storage to check a release.</source>
        <translation>Öffnen Sie einen Paketspeicher, um ein Release zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="332"/>
        <source>Type a stack version</source>
        <translation>Geben Sie eine Stack-Version ein</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="333"/>
        <source>The check tells whether production can be tagged for it and what the tag would contain.</source>
        <translation>Die Prüfung zeigt, ob production dafür getaggt werden kann und was das Tag enthalten würde.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="173"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="125"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="174"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="143"/>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="175"/>
        <source>Compared with the previous release</source>
        <translation>Verglichen mit dem vorigen Release</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="345"/>
        <source>Cannot check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="368"/>
        <source>…and %1 more, listed under Findings.</source>
        <translation>…und %1 weitere, aufgeführt unter Befunde.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="371"/>
        <source>Production can be tagged %1: no finding needs attention.</source>
        <translation>Production kann als %1 getaggt werden: Kein Befund erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="385"/>
        <source>The %1 branch is absent.</source>
        <translation>Der Branch %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="386"/>
        <source>Tag %1 on %2 at %3 (%4) · stack version %5</source>
        <translation>Tag %1 auf %2 bei %3 (%4) · Stack-Version %5</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="394"/>
        <source>previous release %1</source>
        <translation>voriges Release %1</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="394"/>
        <source>compared with %1</source>
        <translation>verglichen mit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="191"/>
        <source>(none: any)</source>
        <translation>(keine: jede)</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="194"/>
        <source>No conditions.kibana.version: offered to every stack version.</source>
        <translation>Kein conditions.kibana.version: wird jeder Stack-Version angeboten.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="195"/>
        <source>conditions.kibana.version</source>
        <translation>conditions.kibana.version</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="201"/>
        <source>Contents: %1 packages</source>
        <translation>Inhalt: %1 Pakete</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="212"/>
        <source>Findings: %1 blocking, %2 warnings, %3 notes</source>
        <translation>Befunde: %1 blockierend, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="230"/>
        <source>No previous release to compare with</source>
        <translation>Kein voriges Release zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="232"/>
        <source>No version-named tag is lower than %1; pick a tag, branch or commit under “Compare with”.</source>
        <translation>Kein nach einer Version benanntes Tag ist niedriger als %1; wählen Sie unter „Vergleichen mit“ ein Tag, einen Branch oder einen Commit.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="238"/>
        <source>No package changed since %1.</source>
        <translation>Seit %1 hat sich kein Paket geändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="67"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="69"/>
        <source>downgraded</source>
        <translation>herabgestuft</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="69"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="71"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="107"/>
        <source>What the tag contains</source>
        <translation>Was der Tag enthält</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="108"/>
        <source>Every package version production holds, with its title and Kibana constraint</source>
        <translation>Jede Paketversion, die production enthält, mit ihrem Titel und ihrer Kibana-Bedingung</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="126"/>
        <source>What stands in the way of the tag or deserves a look, most severe first</source>
        <translation>Was dem Tag im Weg steht oder einen Blick verdient, das Schwerste zuerst</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="144"/>
        <source>The packages added, updated and removed since the release compared with</source>
        <translation>Die seit dem verglichenen Release hinzugefügten, aktualisierten und entfernten Pakete</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="161"/>
        <source>Whether each tier&apos;s distribution serves the same package versions</source>
        <translation>Ob die Distribution jeder Stufe dieselben Paketversionen ausliefert</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="247"/>
        <source>Compared with %1: %2 added, %3 updated, %4 removed, %5 unchanged</source>
        <translation>Verglichen mit %1: %2 hinzugefügt, %3 aktualisiert, %4 entfernt, %5 unverändert</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="262"/>
        <source>built from %1</source>
        <translation>gebaut aus %1</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="267"/>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReadinessTables.cpp" line="269"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="101"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="102"/>
        <source>Readiness: whether production can be tagged for the stack version; Release Notes: what changed between two refs</source>
        <translation>Bereitschaft: ob production für die Stack-Version getaggt werden kann; Release Notes: was sich zwischen zwei Refs geändert hat</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="105"/>
        <source>&amp;Readiness</source>
        <translation>&amp;Bereitschaft</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="106"/>
        <source>Release &amp;Notes</source>
        <translation>Release-&amp;Notes</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="107"/>
        <source>Whether production can be tagged for the stack version, and what the tag holds</source>
        <translation>Ob production für die Stack-Version getaggt werden kann, und was das Tag enthält</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="108"/>
        <source>The packages added, updated and removed between two refs, as Markdown</source>
        <translation>Die zwischen zwei Refs hinzugefügten, aktualisierten und entfernten Pakete, als Markdown</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="127"/>
        <source>The stack version production is checked for, e.g. 8.6.0; Enter checks it</source>
        <translation>Die Stack-Version, für die production geprüft wird, z. B. 8.6.0; Eingabe prüft sie</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="142"/>
        <source>Check whether production can be tagged for this stack version</source>
        <translation>Prüfen, ob production für diese Stack-Version getaggt werden kann</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="143"/>
        <source>Put the readiness report on the clipboard as Markdown</source>
        <translation>Den Bereitschaftsbericht als Markdown in die Zwischenablage legen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="144"/>
        <source>Save the readiness report to a Markdown file</source>
        <translation>Den Bereitschaftsbericht in eine Markdown-Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="391"/>
        <source>evaluated as %1, as Kibana asks the registry</source>
        <translation>ausgewertet als %1, wie Kibana die Registry fragt</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="405"/>
        <source>Check a stack version first.</source>
        <translation>Prüfen Sie zuerst eine Stack-Version.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="407"/>
        <source>%1 is already tagged; tags are never moved.</source>
        <translation>%1 ist schon getaggt; Tags werden nie verschoben.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="409"/>
        <source>Production is not ready for %1.</source>
        <translation>Production ist nicht bereit für %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="410"/>
        <source>Create the annotated tag %1 on the production tip.</source>
        <translation>Das annotierte Tag %1 auf der Spitze von production erstellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="426"/>
        <source>The report for %1 was copied as Markdown.</source>
        <translation>Der Bericht für %1 wurde als Markdown kopiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="433"/>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="435"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="443"/>
        <source>Saved the report to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="444"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="91"/>
        <source>Create Tag %1</source>
        <translation>Tag %1 erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="28"/>
        <source>Create the annotated tag &lt;b&gt;%1&lt;/b&gt; on %2 at &lt;tt&gt;%3&lt;/tt&gt;? Its message lists the %4 packages of the contents. An existing tag is never moved.</source>
        <translation>Das annotierte Tag &lt;b&gt;%1&lt;/b&gt; auf %2 bei &lt;tt&gt;%3&lt;/tt&gt; erstellen? Seine Nachricht listet die %4 Pakete des Inhalts auf. Ein bestehendes Tag wird nie verschoben.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="43"/>
        <source>The check has warnings:</source>
        <translation>Die Prüfung hat Warnungen:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="96"/>
        <source>Push it to:</source>
        <translation>Pushen nach:</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="54"/>
        <source>A remote&apos;s name, a URL or a repository path.</source>
        <translation>Name eines Remotes, eine URL oder ein Repository-Pfad.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="69"/>
        <source>Create Tag Anyway</source>
        <translation>Tag trotzdem erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="69"/>
        <source>Create Tag</source>
        <translation>Tag erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/release/ReleaseView.cpp" line="465"/>
        <source>Creating the tag %1…</source>
        <translation>Tag %1 wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="131"/>
        <source>The tag %1 was not created: %2</source>
        <translation>Das Tag %1 wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="133"/>
        <source>Created the tag %1 (%2), but pushing it failed: %3</source>
        <translation>Das Tag %1 (%2) wurde erstellt, aber das Pushen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="136"/>
        <source>Created the tag %1 (%2) and pushed it to %3.</source>
        <translation>Das Tag %1 (%2) wurde erstellt und nach %3 gepusht.</translation>
    </message>
    <message>
        <location filename="../app/gui/release/TagAction.cpp" line="138"/>
        <source>Created the tag %1 (%2).</source>
        <translation>Das Tag %1 (%2) wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="72"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="73"/>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="75"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="74"/>
        <source>Tiers and remotes, GitHub, appearance and diff options: one tab each</source>
        <translation>Stufen und Remotes, GitHub, Darstellung und Diff-Optionen: je ein Reiter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="76"/>
        <source>&amp;Tiers</source>
        <translation>&amp;Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="77"/>
        <source>&amp;GitHub</source>
        <translation>&amp;GitHub</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="78"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="79"/>
        <source>&amp;Diff</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="80"/>
        <source>The tier names and their order, and the remotes tiers and drafts use</source>
        <translation>Die Stufennamen und ihre Reihenfolge, und die Remotes, die Stufen und Entwürfe verwenden</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="81"/>
        <source>The GitHub host and the token for pull requests</source>
        <translation>Der GitHub-Host und das Token für Pull Requests</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="82"/>
        <source>System, light or dark colours</source>
        <translation>Farben des Systems, hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="83"/>
        <source>How changes are shown: layout, context lines, whitespace</source>
        <translation>Wie Änderungen gezeigt werden: Anordnung, Kontextzeilen, Leerraum</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="84"/>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="85"/>
        <source>Write every section&apos;s values and apply them; only possible when all are valid</source>
        <translation>Die Werte aller Abschnitte schreiben und anwenden; nur möglich, wenn alle gültig sind</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="86"/>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="87"/>
        <source>Close the dialog and keep the settings as they were</source>
        <translation>Den Dialog schließen und die Einstellungen lassen, wie sie waren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="104"/>
        <source>Tier &amp;branches:</source>
        <translation>Stufen-&amp;Branches:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="105"/>
        <source>Tier remote</source>
        <translation>Remote der Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="106"/>
        <source>The remote whose branches are the tiers when there are no local tier branches</source>
        <translation>Das Remote, dessen Branches die Stufen sind, wenn es keine lokalen Stufen-Branches gibt</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="107"/>
        <source>Tiers come from &amp;remote:</source>
        <translation>Stufen kommen von &amp;Remote:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="108"/>
        <source>Fork remote</source>
        <translation>Fork-Remote</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="109"/>
        <source>The remote promotion and removal drafts are pushed to (your fork)</source>
        <translation>Das Remote, auf das Entwürfe für Beförderung und Entfernung gepusht werden (Ihr Fork)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="110"/>
        <source>Push drafts to &amp;fork:</source>
        <translation>Entwürfe in &amp;Fork pushen:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="114"/>
        <source>The remotes are set per repository: open one first.</source>
        <translation>Die Remotes gelten je Repository: Zuerst eines öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="116"/>
        <source>The remotes apply to %1.</source>
        <translation>Die Remotes gelten für %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="130"/>
        <source>GitHub host</source>
        <translation>GitHub-Host</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="131"/>
        <source>github.com, or the host name of a GitHub Enterprise server</source>
        <translation>github.com oder der Hostname eines GitHub-Enterprise-Servers</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="133"/>
        <source>GitHub &amp;host:</source>
        <translation>GitHub-&amp;Host:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="135"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="136"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="138"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="139"/>
        <source>GITHUB_TOKEN and GH_TOKEN, when set, are used before the keychain.</source>
        <translation>GITHUB_TOKEN und GH_TOKEN werden, wenn gesetzt, vor dem Schlüsselbund verwendet.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="149"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="150"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="151"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="152"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="153"/>
        <source>The colours of the whole application; applies at once</source>
        <translation>Die Farben der ganzen Anwendung; gilt sofort</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="154"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="155"/>
        <source>Text sizes follow the system font.</source>
        <translation>Schriftgrößen folgen der Systemschrift.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="164"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="165"/>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="166"/>
        <source>Diff layout</source>
        <translation>Darstellung des Vergleichs</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="167"/>
        <source>How a file&apos;s difference is shown at first</source>
        <translation>Wie der Unterschied einer Datei zuerst gezeigt wird</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="168"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="171"/>
        <source>Context lines</source>
        <translation>Kontextzeilen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="172"/>
        <source>Unchanged lines shown around each change</source>
        <translation>Unveränderte Zeilen um jede Änderung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="173"/>
        <source>&amp;Context lines:</source>
        <translation>&amp;Kontextzeilen:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="174"/>
        <source>&amp;Ignore changes in whitespace</source>
        <translation>Änderungen an Leerraum &amp;ignorieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="175"/>
        <source>Ignore changes in whitespace</source>
        <translation>Änderungen an Leerraum ignorieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/SettingsDialog.cpp" line="176"/>
        <source>Lines that differ only in spaces and tabs count as unchanged</source>
        <translation>Zeilen, die sich nur in Leerzeichen und Tabulatoren unterscheiden, gelten als unverändert</translation>
    </message>
</context>
<context>
    <name>tierdesk::StatusLine</name>
    <message>
        <location filename="../app/gui/shell/StatusLine.cpp" line="14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tierdesk::StorageSummary</name>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="58"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="59"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="60"/>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="118"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="67"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="65"/>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="76"/>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="79"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="83"/>
        <source>No problems were found in any tier.</source>
        <translation>In keiner Stufe wurden Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="86"/>
        <source>Click to show only packages with problems.</source>
        <translation>Klicken, um nur Pakete mit Problemen anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/shell/StorageSummary.cpp" line="89"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/shell/StorageSummary.cpp" line="119"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>tierdesk::TierCompareView</name>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="44"/>
        <source>Copy as Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="44"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="65"/>
        <source>First tier</source>
        <translation>Erste Stufe</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="65"/>
        <source>The tier whose versions are compared with the second tier&apos;s</source>
        <translation>Die Stufe, deren Versionen mit denen der zweiten Stufe verglichen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="66"/>
        <source>Second tier</source>
        <translation>Zweite Stufe</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="66"/>
        <source>The tier the first tier&apos;s versions are compared with</source>
        <translation>Die Stufe, mit der die Versionen der ersten Stufe verglichen werden</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="73"/>
        <source>Swap the two tiers</source>
        <translation>Die beiden Stufen tauschen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="74"/>
        <source>Compare the second tier with the first: the “only in” groups change places</source>
        <translation>Die zweite Stufe mit der ersten vergleichen: die „nur in“-Gruppen tauschen die Plätze</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="75"/>
        <source>Put the comparison on the clipboard as a Markdown table, for a pull request review</source>
        <translation>Den Vergleich als Markdown-Tabelle in die Zwischenablage legen, für die Prüfung eines Pull Requests</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="76"/>
        <source>Save the comparison as Markdown (.md) or plain text (.txt)</source>
        <translation>Den Vergleich als Markdown (.md) oder reinen Text (.txt) speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="77"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="79"/>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="83"/>
        <source>Which versions the list and the exports show</source>
        <translation>Welche Versionen die Liste und die Exporte zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="84"/>
        <source>Versions shown</source>
        <translation>Angezeigte Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="85"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="122"/>
        <source>Differences between the tiers</source>
        <translation>Unterschiede zwischen den Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="123"/>
        <source>The versions of both tiers in groups: different content, only in one tier, identical; double-click a version to show it in the Packages view</source>
        <translation>Die Versionen beider Stufen in Gruppen: anderer Inhalt, nur in einer Stufe, gleich; Doppelklick auf eine Version zeigt sie in der Paketansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="251"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="251"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="251"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="252"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="252"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="254"/>
        <source>No storage is open.</source>
        <translation>Es ist kein Speicher geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="263"/>
        <source>Showing only: %1 (%n version(s)).</source>
        <translation>
            <numerusform>Nur: %1 (%n Version).</numerusform>
            <numerusform>Nur: %1 (%n Versionen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="265"/>
        <source>Both sides are %1: choose two different tiers.</source>
        <translation>Beide Seiten sind %1: Wählen Sie zwei verschiedene Stufen.</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="303"/>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="304"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="396"/>
        <source>Copied as Markdown (%1 versions).</source>
        <translation>Als Markdown kopiert (%1 Versionen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="399"/>
        <source>Copied as Markdown, cut to fit a GitHub comment (65,536 characters): %n row(s) left out. Export… saves the whole table, or choose a filter.</source>
        <translation>
            <numerusform>Als Markdown kopiert, auf einen GitHub-Kommentar (65.536 Zeichen) gekürzt: %n Zeile weggelassen. Exportieren … speichert die ganze Tabelle, oder wählen Sie einen Filter.</numerusform>
            <numerusform>Als Markdown kopiert, auf einen GitHub-Kommentar (65.536 Zeichen) gekürzt: %n Zeilen weggelassen. Exportieren … speichert die ganze Tabelle, oder wählen Sie einen Filter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="411"/>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="412"/>
        <source>Export Tier Comparison</source>
        <translation>Stufenvergleich exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="413"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="425"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="428"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierCompareView.cpp" line="431"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tierdesk::TierListEditor</name>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="30"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="30"/>
        <source>Add a tier below the selected one</source>
        <translation>Eine Stufe unter der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="31"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="31"/>
        <source>Remove the selected tier</source>
        <translation>Die ausgewählte Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="32"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="32"/>
        <source>Move the selected tier up, towards production</source>
        <translation>Die ausgewählte Stufe nach oben schieben, Richtung production</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="33"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="33"/>
        <source>Move the selected tier down, towards snapshot</source>
        <translation>Die ausgewählte Stufe nach unten schieben, Richtung snapshot</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="35"/>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="36"/>
        <source>The tier branches, the highest (production) first. Press F2 to rename.</source>
        <translation>Die Stufen-Branches, die höchste (production) zuerst. F2 benennt um.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TierListEditor.cpp" line="79"/>
        <source>new-tier</source>
        <translation>neue-stufe</translation>
    </message>
</context>
<context>
    <name>tierdesk::TierMatrixModel</name>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="135"/>
        <source>Owner: %1 · Release: %2</source>
        <translation>Besitzer: %1 · Release: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="138"/>
        <source>Last changed %1: %2</source>
        <translation>Zuletzt geändert %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="142"/>
        <source>%n version(s) pending promotion or removal.</source>
        <translation>
            <numerusform>%n Version wartet auf Beförderung oder Entfernung.</numerusform>
            <numerusform>%n Versionen warten auf Beförderung oder Entfernung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="144"/>
        <source>⚠ %n problem(s) in its versions.</source>
        <translation>
            <numerusform>⚠ %n Problem in seinen Versionen.</numerusform>
            <numerusform>⚠ %n Probleme in seinen Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="202"/>
        <source>%1 has no version of %2.</source>
        <translation>%1 hat keine Version von %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="212"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="225"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="227"/>
        <source>Every package in any tier, with the title of its newest version.</source>
        <translation>Jedes Paket aus allen Stufen, mit dem Titel seiner neuesten Version.</translation>
    </message>
    <message>
        <location filename="../app/gui/matrix/TierMatrixModel.cpp" line="234"/>
        <source>%1 · absent</source>
        <translation>%1 · fehlt</translation>
    </message>
</context>
<context>
    <name>tierdesk::TierOverview</name>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="65"/>
        <source>No storage is open.</source>
        <translation>Es ist kein Speicher geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="155"/>
        <source>No branch for this tier.</source>
        <translation>Kein Branch für diese Stufe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/tiers/TierOverview.cpp" line="191"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="214"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="218"/>
        <source>Tip</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="223"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="224"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="226"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="229"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="253"/>
        <source>not set (no Dockerfile with ARG PACKAGE_REGISTRY)</source>
        <translation>nicht gesetzt (kein Dockerfile mit ARG PACKAGE_REGISTRY)</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="256"/>
        <source>(differs between tiers)</source>
        <translation>(unterscheidet sich zwischen Stufen)</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="283"/>
        <source>Show below what differs between %1 and %2</source>
        <translation>Unten zeigen, was sich zwischen %1 und %2 unterscheidet</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="230"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="274"/>
        <source>A fetch does not move local branches: Tierdesk shows %1 as the local branch has it.</source>
        <translation>Ein Abruf bewegt keine lokalen Branches: Tierdesk zeigt %1 so, wie der lokale Branch es enthält.</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="232"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="241"/>
        <source>The %1 distribution serves the versions of these tiers; where several hold a version, the highest tier&apos;s copy wins.</source>
        <translation>Die Distribution %1 liefert die Versionen dieser Stufen aus; wo mehrere eine Version enthalten, gilt die Kopie der höchsten Stufe.</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="244"/>
        <source>Serves</source>
        <translation>Liefert aus</translation>
    </message>
    <message>
        <location filename="../app/gui/tiers/TierOverview.cpp" line="281"/>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
</context>
<context>
    <name>tierdesk::TokenField</name>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="38"/>
        <source>&amp;Store Token</source>
        <translation>Token &amp;speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="39"/>
        <source>Remove T&amp;oken</source>
        <translation>Token ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="43"/>
        <source>Token status</source>
        <translation>Token-Status</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="45"/>
        <source>Paste a new token to store it</source>
        <translation>Neues Token zum Speichern einfügen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="46"/>
        <source>New GitHub token</source>
        <translation>Neues GitHub-Token</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="47"/>
        <source>Stored in the system keychain, never in the settings; never shown again.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen, und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="48"/>
        <source>Store token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="49"/>
        <source>Store the token in the system keychain for this host</source>
        <translation>Das Token für diesen Host im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="50"/>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="51"/>
        <source>Remove this host&apos;s token from the system keychain</source>
        <translation>Das Token dieses Hosts aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="81"/>
        <source>Looking in the system keychain…</source>
        <translation>Suche im Schlüsselbund des Systems …</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="134"/>
        <source>Set: a token for %1 is in the system keychain.</source>
        <translation>Gesetzt: Im Schlüsselbund des Systems liegt ein Token für %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="135"/>
        <source>Not set: the system keychain holds no token for %1.</source>
        <translation>Nicht gesetzt: Der Schlüsselbund des Systems enthält kein Token für %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings/TokenField.cpp" line="137"/>
        <source>⚠ The system keychain failed: %1</source>
        <translation>⚠ Der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::VersionChipDelegate</name>
    <message numerus="yes">
        <location filename="../app/gui/matrix/VersionChipDelegate.cpp" line="279"/>
        <source>%n more version(s): %1</source>
        <translation>
            <numerusform>%n weitere Version: %1</numerusform>
            <numerusform>%n weitere Versionen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::VersionTimeline</name>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="76"/>
        <source>Versions across tiers</source>
        <translation>Versionen über die Stufen</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="77"/>
        <source>Every version of the package on a line, one row per tier; arrow keys move between versions</source>
        <translation>Jede Version des Pakets auf einer Linie, eine Zeile je Stufe; Pfeiltasten wechseln zwischen Versionen</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="339"/>
        <source>no version of this package</source>
        <translation>keine Version dieses Pakets</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="339"/>
        <source>no branch</source>
        <translation>kein Branch</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="382"/>
        <source>%1 ▸</source>
        <translation>%1 ▸</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="384"/>
        <source>◂ %1</source>
        <translation>◂ %1</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="432"/>
        <source>← older</source>
        <translation>← älter</translation>
    </message>
    <message>
        <location filename="../app/gui/details/VersionTimeline.cpp" line="433"/>
        <source>newer →</source>
        <translation>neuer →</translation>
    </message>
</context>
<context>
    <name>tierdesk::WindowSettings</name>
    <message>
        <location filename="../app/gui/shell/WindowSettings.cpp" line="18"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../app/gui/shell/WindowSettings.cpp" line="24"/>
        <source>Tiers, remotes, GitHub, appearance and diff options</source>
        <translation>Stufen, Remotes, GitHub, Darstellung und Vergleichsoptionen</translation>
    </message>
</context>
</TS>
