// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;

namespace tierdesk::demo {

namespace {

// The demo's packages as data. Everything below is invented for the demo
// (changes, pull request numbers, people); only the file layout and the
// manifest fields follow the real package-storage format.
struct Change {
    const char *description;
    const char *type; // enhancement, bugfix, breaking-change
    int pr;
};

struct Release {
    const char *version;
    const char *kibana;
    const char *stage; // ga, beta, experimental
    std::vector<Change> changes;
    const char *editedChange = nullptr; // edition 1 rewords the first change
    bool brokenManifest = false;
};

struct Field {
    const char *name;
    const char *type;
    const char *description;
};

struct Stream {
    const char *name;
    const char *title;
    const char *type; // logs, metrics, traces
    const char *input;
    const char *varName; // nullptr: the input has no settings
    const char *varTitle;
    const char *varDefault;
    std::vector<Field> fields;
};

enum class Shape { Circle, RoundedSquare, Hexagon, Diamond, Shield, Ring };

// The spellings of conditions.kibana.version seen in real manifests.
enum class KibanaForm { DottedSingle, DottedDouble, DottedPlain, Nested, NestedDouble };

struct Package {
    const char *name;
    const char *title;
    const char *description;
    const char *team;
    std::vector<const char *> categories;
    Stream stream;
    const char *fill;
    const char *ink;
    Shape shape;
    KibanaForm kibana;
    const char *releaseComment; // some real manifests annotate `release:`
    std::vector<Release> releases; // oldest first
};

// Web servers.
std::vector<Package> webServers()
{
    return {
        {"apache", "Apache HTTP Server", "Collect logs and metrics from Apache HTTP Server with Elastic Agent.",
         "obs-service-integrations", {"web", "observability"},
         {"access", "Apache access logs", "logs", "logfile", "paths", "Paths", "/var/log/apache2/access.log*",
          {{"remote_addresses", "keyword", "The remote addresses, including the ones added by proxies."},
           {"ssl.protocol", "keyword", "The SSL protocol version."},
           {"ssl.cipher", "keyword", "The SSL cipher name."}}},
         "#D22128", "#FFFFFF", Shape::Shield, KibanaForm::Nested, nullptr,
         {{"1.2.0", "^7.16.0 || ^8.0.0", "ga", {{"Add `ssl.cipher` to the access log pipeline", "enhancement", 2190}}},
          {"1.3.0", "^7.16.0 || ^8.0.0", "ga",
           {{"Fix the status page URL when a path prefix is set", "bugfix", 2415}}}}},
        {"nginx", "Nginx", "Collect logs and metrics from Nginx HTTP servers with Elastic Agent.",
         "obs-service-integrations", {"web", "observability"},
         {"access", "Nginx access logs", "logs", "logfile", "paths", "Paths", "/var/log/nginx/access.log*",
          {{"remote_ip_list", "keyword", "The remote IP addresses, ordered by proxy hops."},
           {"body_sent.bytes", "long", "The size of the response body sent to the client."},
           {"user_name", "keyword", "The name of the authenticated user."}}},
         "#009639", "#FFFFFF", Shape::Hexagon, KibanaForm::DottedSingle, nullptr,
         {{"1.0.0", "^7.16.0 || ^8.0.0", "ga", {{"Release Nginx as GA", "enhancement", 2011}}},
          {"1.1.0", "^7.16.0 || ^8.0.0", "ga", {{"Add `nginx.access.remote_ip_list` to the dashboards", "enhancement", 2268}}},
          {"1.2.0", "^7.16.0 || ^8.0.0", "ga", {{"Fix parsing of IPv6 addresses in the upstream field", "bugfix", 2593}}},
          {"1.3.0", "^8.0.0", "ga",
           {{"Drop support for Kibana 7.x", "breaking-change", 2790},
            {"Support the log format of Nginx 1.23", "enhancement", 2812}}}}},
    };
}

// Elastic's own solutions: observability and security agents.
std::vector<Package> elasticSolutions()
{
    return {
        {"apm", "Elastic APM", "Monitor, detect and diagnose performance problems of your applications.", "apm-server",
         {"elastic_stack", "monitoring"},
         {"traces", "APM traces", "traces", "apm", nullptr, nullptr, nullptr,
          {{"transaction.duration.us", "long", "The duration of the transaction, in microseconds."},
           {"span.name", "keyword", "The name of the span."},
           {"service.environment", "keyword", "The environment the service runs in."}}},
         "#F04E98", "#FFFFFF", Shape::Hexagon, KibanaForm::DottedSingle, nullptr,
         {{"8.1.0", "^8.1.0", "ga", {{"Add the `service.target` fields to spans", "enhancement", 2134}}},
          {"8.2.0", "^8.2.0", "ga",
           {{"Remove the deprecated `apm-server.rum` settings", "breaking-change", 2466},
            {"Add tail-based sampling settings", "enhancement", 2471}}},
          {"8.3.0-dev1", "^8.3.0", "experimental",
           {{"Preview of the 8.3 data streams for application metrics", "enhancement", 2611}}}}},
        {"endpoint", "Endpoint Security", "Protect your hosts with threat prevention, detection and response.",
         "security-onboarding-and-lifecycle-mgt", {"security"},
         {"process", "Endpoint process events", "logs", "endpoint", nullptr, nullptr, nullptr,
          {{"entity_id", "keyword", "A unique identifier of the process."},
           {"Ext.ancestry", "keyword", "The entity ids of the process's ancestors, nearest first."},
           {"Ext.session_info.logon_type", "keyword", "How the session of the process was started."}}},
         "#00BFB3", "#FFFFFF", Shape::Shield, KibanaForm::Nested, nullptr,
         {{"8.4.0", "^8.4.0", "ga", {{"Add process session fields for Linux", "enhancement", 2350}}},
          {"8.5.0", "^8.5.0", "ga", {{"Add memory protection alerts", "enhancement", 2501}}},
          {"8.6.0", "^8.6.0", "ga",
           {{"Rename the policy settings page", "enhancement", 2678},
            {"Fix the event count on the overview dashboard", "bugfix", 2683}}}}},
        {"osquery", "Osquery Manager", "Deploy osquery with Elastic Agent and run live queries across your hosts.",
         "security-asset-management", {"security", "os_system"},
         {"result", "Osquery results", "logs", "osquery", nullptr, nullptr, nullptr,
          {{"action_id", "keyword", "The id of the live query or pack that produced the result."},
           {"pack_id", "keyword", "The id of the pack the query belongs to."},
           {"count", "long", "The number of rows the query returned."}}},
         "#6F5BD8", "#6F5BD8", Shape::Ring, KibanaForm::DottedDouble, nullptr,
         {{"1.2.0", "^7.16.0 || ^8.0.0", "ga", {{"Add the saved queries dashboard", "enhancement", 2060}}},
          {"1.3.0", "^7.16.0 || ^8.0.0", "ga", {{"Map `osquery.count` as a long", "bugfix", 2380}}}}},
    };
}

// Cloud providers.
std::vector<Package> cloudServices()
{
    return {
        {"aws", "AWS", "Collect logs and metrics from Amazon Web Services with Elastic Agent.", "obs-cloud-monitoring",
         {"aws", "cloud"},
         {"cloudtrail", "AWS CloudTrail logs", "logs", "aws-s3", "queue_url", "Queue URL",
          "https://sqs.us-east-1.amazonaws.com/123456789012/cloudtrail-events",
          {{"user_identity.arn", "keyword", "The Amazon Resource Name of the principal that made the call."},
           {"event_category", "keyword", "Whether the event is a management, data or insight event."},
           {"request_parameters", "keyword", "The parameters sent with the request."}}},
         "#FF9900", "#232F3E", Shape::RoundedSquare, KibanaForm::DottedDouble, "# until the CloudTrail mappings are final",
         {{"0.5.0", ">=7.10.0", "beta", {{"Add the CloudTrail data stream", "enhancement", 1845}}},
          {"0.5.1", "^7.16.0 || ^8.0.0", "beta",
           {{"Fix the mapping of `aws.cloudtrail.user_identity.arn`", "bugfix", 2302}}},
          {"0.6.0", "^8.0.0", "beta", {{"Collect CloudTrail digest files", "enhancement", 2855}}}}},
    };
}

// Databases, queues and coordination services.
std::vector<Package> dataServices()
{
    return {
        {"kafka", "Kafka", "Collect logs and metrics from Kafka brokers with Elastic Agent.",
         "obs-service-integrations", {"message_queue", "observability"},
         {"partition", "Kafka partition metrics", "metrics", "kafka/metrics", "period", "Period", "10s",
          {{"offset.newest", "long", "The newest offset of the partition."},
           {"offset.oldest", "long", "The oldest offset of the partition."},
           {"partition.isr", "keyword", "The in-sync replicas of the partition."}}},
         "#231F20", "#FFFFFF", Shape::Circle, KibanaForm::DottedPlain, nullptr,
         {{"1.1.0", "^7.16.0 || ^8.0.0", "ga", {{"Add the consumer group lag panel", "enhancement", 2088}}},
          {"1.2.1", "^7.16.0 || ^8.0.0", "ga", {{"Fix the broker address on multi-homed hosts", "bugfix", 2440}}},
          // The pull request that broke this manifest: a badly indented condition.
          {"1.3.0", "^8.0.0", "ga", {{"Add SASL/SCRAM authentication settings", "enhancement", 2871}}, nullptr, true}}},
        {"mysql", "MySQL", "Collect logs and metrics from MySQL servers with Elastic Agent.", "obs-service-integrations",
         {"datastore", "observability"},
         {"slowlog", "MySQL slow logs", "logs", "logfile", "paths", "Paths", "/var/log/mysql/*-slow.log*",
          {{"query_time.sec", "float", "The time the query took to run, in seconds."},
           {"lock_time.sec", "float", "The time the query waited for locks, in seconds."},
           {"rows_examined", "long", "The number of rows the query examined."}}},
         "#00758F", "#00758F", Shape::Ring, KibanaForm::NestedDouble, nullptr,
         {{"1.1.0", "^7.16.0 || ^8.0.0", "ga", {{"Support MariaDB slow log headers", "enhancement", 2101}}},
          {"1.2.0", "^7.16.0 || ^8.0.0", "ga", {{"Add the `mysql.slowlog.rows_examined` field", "enhancement", 2398}}},
          {"1.3.0", "^8.0.0", "ga",
           {{"Drop support for Kibana 7.x", "breaking-change", 2731},
            {"Parse slow log entries written by MySQL 8.0.30", "bugfix", 2736}}}}},
        {"redis", "Redis", "Collect logs and metrics from Redis servers with Elastic Agent.", "obs-service-integrations",
         {"datastore", "observability"},
         {"info", "Redis info metrics", "metrics", "redis/metrics", "period", "Period", "10s",
          {{"clients.connected", "long", "The number of connected clients."},
           {"memory.used.value", "long", "The memory Redis uses, in bytes."},
           {"server.uptime", "long", "The time since the server started, in seconds."}}},
         "#DC382D", "#FFFFFF", Shape::Diamond, KibanaForm::DottedSingle, nullptr,
         {{"1.0.0", "^7.16.0 || ^8.0.0", "ga", {{"Release Redis as GA", "enhancement", 2004}}},
          {"1.1.0", "^8.0.0", "ga", {{"Add keyspace hit ratio to the overview dashboard", "enhancement", 2744}}}}},
        {"zookeeper", "ZooKeeper", "Collect metrics from ZooKeeper servers with Elastic Agent.",
         "obs-service-integrations", {"config_management", "observability"},
         {"mntr", "ZooKeeper mntr metrics", "metrics", "zookeeper/metrics", "period", "Period", "10s",
          {{"latency.avg", "long", "The average request latency, in milliseconds."},
           {"znode_count", "long", "The number of znodes."},
           {"outstanding_requests", "long", "The number of queued requests."}}},
         "#8C5A2B", "#FFFFFF", Shape::Diamond, KibanaForm::NestedDouble, nullptr,
         {{"1.0.0", "^7.16.0 || ^8.0.0", "ga", {{"Release ZooKeeper as GA", "enhancement", 2007}}},
          {"1.0.1", "^7.16.0 || ^8.0.0", "ga", {{"Fix the `zookeeper.mntr.latency.avg` type", "bugfix", 2433}}}}},
    };
}

// Operating systems.
std::vector<Package> operatingSystems()
{
    return {
        {"system", "System", "Collect system logs and metrics from your servers with Elastic Agent.",
         "elastic-agent-data-plane", {"os_system"},
         {"cpu", "System CPU metrics", "metrics", "system/metrics", "period", "Period", "10s",
          {{"total.pct", "scaled_float", "The share of CPU time spent in states other than idle and iowait."},
           {"user.pct", "scaled_float", "The share of CPU time spent in user space."},
           {"cores", "long", "The number of CPU cores."}}},
         "#1BA9F5", "#FFFFFF", Shape::Circle, KibanaForm::DottedPlain, nullptr,
         {{"1.3.0", "^7.16.0 || ^8.0.0", "ga", {{"Add the `system.cpu.cores` field", "enhancement", 2120}}},
          {"1.4.0", "^7.16.0 || ^8.0.0", "ga", {{"Add a dashboard for per-core CPU usage", "enhancement", 2377}}},
          {"1.4.2", "^7.16.0 || ^8.0.0", "ga",
           {{"Fix the CPU usage dashboard on hosts with more than 64 cores", "bugfix", 2689}},
           "Fix the CPU usage dashboard on hosts with more than 64 cores and correct its panel titles"}}},
        {"windows", "Windows", "Collect logs and metrics from Windows hosts with Elastic Agent.",
         "security-external-integrations", {"os_system", "security"},
         {"powershell", "Windows PowerShell logs", "logs", "winlog", "channel", "Channel",
          "Microsoft-Windows-PowerShell/Operational",
          {{"command.name", "keyword", "The name of the command that ran."},
           {"file.script_block_text", "text", "The text of the script block."},
           {"runspace_id", "keyword", "The id of the runspace."}}},
         "#0078D4", "#FFFFFF", Shape::RoundedSquare, KibanaForm::Nested, nullptr,
         {{"1.12.0", "^7.16.0 || ^8.0.0", "ga", {{"Add the PowerShell operational data stream", "enhancement", 2150}}},
          {"1.13.0", "^7.16.0 || ^8.0.0", "ga", {{"Parse script block text split over several events", "bugfix", 2421}}},
          {"1.14.0", "^8.0.0", "ga", {{"Add Sysmon DNS query events", "enhancement", 2751}}}}},
    };
}

// Sorted by name, as the table always was.
const std::vector<Package> &packages()
{
    static const std::vector<Package> all = [] {
        std::vector<Package> out;
        for (auto family : {webServers, elasticSolutions, cloudServices, dataServices, operatingSystems}) {
            std::vector<Package> some = family();
            out.insert(out.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
        }
        std::ranges::sort(out, [](const Package &a, const Package &b) { return qstrcmp(a.name, b.name) < 0; });
        return out;
    }();
    return all;
}

QString str(const char *s) { return QString::fromUtf8(s); }

const Package *findPackage(const QString &name)
{
    const auto &all = packages();
    const auto it = std::ranges::find_if(all, [&](const Package &p) { return str(p.name) == name; });
    return it == all.end() ? nullptr : &*it;
}

// The releases up to and including `version`, or empty when it is unknown.
std::vector<const Release *> releasesUpTo(const Package &p, const QString &version)
{
    std::vector<const Release *> out;
    for (const Release &r : p.releases) {
        out.push_back(&r);
        if (str(r.version) == version)
            return out;
    }
    return {};
}

// A YAML scalar that reads back as `s`: plain when safe, double-quoted otherwise.
QString yamlText(const QString &s)
{
    static const QString indicators = u"`@!&*|>'\"%{}[],#?-:"_s;
    const bool quote = s.isEmpty() || indicators.contains(s.front()) || s.contains(u": "_s) || s.contains(u" #"_s)
        || s.endsWith(u':') || s.front().isSpace() || s.back().isSpace();
    if (!quote)
        return s;
    QString escaped = s;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString kibanaCondition(KibanaForm form, const QString &constraint, bool broken)
{
    if (broken) // the second condition is indented one space short: "end of map not found"
        return u"conditions:\n  kibana.version: '"_s + constraint + u"'\n elastic.subscription: basic\n"_s;
    // A plain scalar may not start with '>' (a folded block) and the like.
    const bool plainOk = !constraint.startsWith(u'>') && !constraint.startsWith(u'<') && !constraint.startsWith(u'=');
    switch (form) {
    case KibanaForm::DottedSingle:
        return u"conditions:\n  kibana.version: '"_s + constraint + u"'\n"_s;
    case KibanaForm::DottedDouble:
        return u"conditions:\n  kibana.version: \""_s + constraint + u"\"\n"_s;
    case KibanaForm::DottedPlain:
        return plainOk ? QString(u"conditions:\n  kibana.version: "_s + constraint + u'\n')
                       : QString(u"conditions:\n  kibana.version: \""_s + constraint + u"\"\n"_s);
    case KibanaForm::Nested:
        return plainOk ? QString(u"conditions:\n  kibana:\n    version: "_s + constraint + u'\n')
                       : QString(u"conditions:\n  kibana:\n    version: \""_s + constraint + u"\"\n"_s);
    case KibanaForm::NestedDouble:
        return u"conditions:\n  kibana:\n    version: \""_s + constraint + u"\"\n"_s;
    }
    return {};
}

QString logoPath(const Package &p) { return u"img/"_s + str(p.name) + u"-logo.svg"_s; }

QByteArray manifest(const Package &p, const Release &r)
{
    const QString name = str(p.name);
    const Stream &s = p.stream;
    QString y = u"format_version: 1.0.0\n"_s;
    y += u"name: "_s + name + u'\n';
    y += u"title: "_s + yamlText(str(p.title)) + u'\n';
    y += u"version: "_s + str(r.version) + u'\n';
    y += u"description: "_s + yamlText(str(p.description)) + u'\n';
    y += u"type: integration\n"_s;
    y += u"categories:\n"_s;
    for (const char *c : p.categories)
        y += u"  - "_s + str(c) + u'\n';
    y += u"release: "_s + str(r.stage);
    if (p.releaseComment)
        y += u' ' + str(p.releaseComment);
    y += u'\n';
    y += kibanaCondition(p.kibana, str(r.kibana), r.brokenManifest);
    y += u"icons:\n  - src: /"_s + logoPath(p) + u'\n';
    y += u"    title: "_s + yamlText(str(p.title) + u" logo"_s) + u'\n';
    y += u"    size: 32x32\n    type: image/svg+xml\n"_s;
    y += u"policy_templates:\n  - name: "_s + name + u'\n';
    y += u"    title: "_s + yamlText(str(s.title)) + u'\n';
    y += u"    description: "_s + yamlText(u"Collect "_s + str(s.title)) + u'\n';
    y += u"    inputs:\n      - type: "_s + str(s.input) + u'\n';
    y += u"        title: "_s + yamlText(u"Collect "_s + str(s.title)) + u'\n';
    y += u"        description: "_s + yamlText(u"Collecting "_s + str(s.title) + u" with Elastic Agent"_s) + u'\n';
    y += u"owner:\n  github: elastic/"_s + str(p.team) + u'\n';
    return y.toUtf8();
}

QString changeText(const Release &r, qsizetype index, int edition)
{
    if (index == 0 && edition > 0 && r.editedChange)
        return str(r.editedChange);
    return str(r.changes[size_t(index)].description);
}

QByteArray changelog(const Package &p, const QString &version, int edition)
{
    QString y = u"# newer versions go on top\n"_s;
    const auto releases = releasesUpTo(p, version);
    for (auto it = releases.rbegin(); it != releases.rend(); ++it) {
        const Release &r = **it;
        y += u"- version: \""_s + str(r.version) + u"\"\n  changes:\n"_s;
        for (size_t i = 0; i < r.changes.size(); ++i) {
            const Change &c = r.changes[i];
            y += u"    - description: "_s + yamlText(changeText(r, qsizetype(i), edition)) + u'\n';
            y += u"      type: "_s + str(c.type) + u'\n';
            y += u"      link: https://github.com/elastic/integrations/pull/"_s + QString::number(c.pr) + u'\n';
        }
    }
    return y.toUtf8();
}

QByteArray readme(const Package &p, const Release &r, int edition)
{
    const Stream &s = p.stream;
    QString md = u"# "_s + str(p.title) + u" Integration\n\n"_s + str(p.description) + u"\n\n"_s;
    md += u"## Compatibility\n\nThis version requires Kibana `"_s + str(r.kibana) + u"`."_s;
    if (qstrcmp(r.stage, "beta") == 0)
        md += u" The integration is in beta: its fields may still change."_s;
    else if (qstrcmp(r.stage, "experimental") == 0)
        md += u" This is a development build: do not use it in production."_s;
    md += u"\n\n## Data streams\n\n### "_s + str(s.name) + u"\n\n"_s;
    md += str(s.title) + u", collected with the `"_s + str(s.input) + u"` input.\n\n"_s;
    md += u"**Exported fields**\n\n| Field | Description | Type |\n|---|---|---|\n"_s;
    const QString group = str(p.name) + u'.' + str(s.name) + u'.';
    for (const Field &f : s.fields)
        md += u"| "_s + group + str(f.name) + u" | "_s + str(f.description) + u" | "_s + str(f.type) + u" |\n"_s;
    if (edition > 0)
        md += u"\n## Known issues\n\nDashboards installed by an earlier version keep their old panel titles until "
              "the integration assets are reinstalled.\n"_s;
    return md.toUtf8();
}

QByteArray dataStreamManifest(const Package &p)
{
    const Stream &s = p.stream;
    QString y = u"title: "_s + yamlText(str(s.title)) + u"\ntype: "_s + str(s.type) + u"\nstreams:\n"_s;
    y += u"  - input: "_s + str(s.input) + u'\n';
    y += u"    title: "_s + yamlText(str(s.title)) + u'\n';
    y += u"    description: "_s + yamlText(u"Collect "_s + str(s.title)) + u'\n';
    if (s.varName) {
        const bool paths = qstrcmp(s.varName, "paths") == 0;
        y += u"    vars:\n      - name: "_s + str(s.varName) + u"\n        type: text\n"_s;
        y += u"        title: "_s + str(s.varTitle) + u'\n';
        y += paths ? u"        multi: true\n"_s : u"        multi: false\n"_s;
        y += u"        required: true\n        show_user: true\n"_s;
        y += paths ? u"        default:\n          - "_s + yamlText(str(s.varDefault)) + u'\n'
                   : u"        default: "_s + yamlText(str(s.varDefault)) + u'\n';
    }
    return y.toUtf8();
}

QByteArray fieldsYaml(const Package &p)
{
    const Stream &s = p.stream;
    QString y = u"- name: "_s + str(p.name) + u'.' + str(s.name) + u"\n  type: group\n  description: >\n"_s;
    y += u"    Fields from the "_s + str(s.title) + u".\n  fields:\n"_s;
    for (const Field &f : s.fields) {
        y += u"    - name: "_s + str(f.name) + u"\n      type: "_s + str(f.type) + u'\n';
        y += u"      description: >\n        "_s + str(f.description) + u'\n';
    }
    return y.toUtf8();
}

QString dashboardId(const Package &p)
{
    // Name-based, so every version and every run uses the same id.
    static const QUuid ns(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s);
    return str(p.name) + u'-' + QUuid::createUuidV5(ns, str(p.name) + u"/overview"_s).toString(QUuid::WithoutBraces);
}

QByteArray dashboard(const Package &p)
{
    const Stream &s = p.stream;
    const QString kind = qstrcmp(s.type, "logs") == 0 ? u"Logs"_s : qstrcmp(s.type, "metrics") == 0 ? u"Metrics"_s : u"Traces"_s;
    const QJsonObject panel{
        {u"embeddableConfig"_s, QJsonObject{{u"title"_s, str(s.title)}}},
        {u"gridData"_s, QJsonObject{{u"h"_s, 15}, {u"i"_s, u"1"_s}, {u"w"_s, 48}, {u"x"_s, 0}, {u"y"_s, 0}}},
        {u"panelIndex"_s, u"1"_s},
        {u"type"_s, u"lens"_s},
        {u"version"_s, u"8.0.0"_s},
    };
    const QJsonObject searchSource{
        {u"filter"_s, QJsonArray{}},
        {u"query"_s, QJsonObject{{u"language"_s, u"kuery"_s}, {u"query"_s, QString(u"data_stream.dataset : \""_s + str(p.name) + u'.' + str(s.name) + u'"')}}},
    };
    const QJsonObject attributes{
        {u"description"_s, QString(u"Overview of the "_s + str(s.title))},
        {u"hits"_s, 0},
        {u"kibanaSavedObjectMeta"_s, QJsonObject{{u"searchSourceJSON"_s, searchSource}}},
        {u"optionsJSON"_s, QJsonObject{{u"hidePanelTitles"_s, false}, {u"useMargins"_s, true}}},
        {u"panelsJSON"_s, QJsonArray{panel}},
        {u"timeRestore"_s, false},
        {u"title"_s, QString(u"["_s + kind + u' ' + str(p.title) + u"] Overview"_s)},
        {u"version"_s, 1},
    };
    const QJsonObject root{
        {u"attributes"_s, attributes},
        {u"coreMigrationVersion"_s, u"8.0.0"_s},
        {u"id"_s, dashboardId(p)},
        {u"migrationVersion"_s, QJsonObject{{u"dashboard"_s, u"8.0.0"_s}}},
        {u"references"_s, QJsonArray{}},
        {u"type"_s, u"dashboard"_s},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A 32×32 logo: the package's shape and colour with the initial of its name.
QByteArray logo(const Package &p)
{
    const QString fill = str(p.fill);
    QString shape;
    QString fontSize = u"16"_s;
    QString baseline = u"21.8"_s;
    switch (p.shape) {
    case Shape::Circle:
        shape = u"<circle cx=\"16\" cy=\"16\" r=\"15\" fill=\"%1\"/>"_s.arg(fill);
        break;
    case Shape::RoundedSquare:
        shape = u"<rect x=\"1\" y=\"1\" width=\"30\" height=\"30\" rx=\"7\" fill=\"%1\"/>"_s.arg(fill);
        break;
    case Shape::Hexagon:
        shape = u"<polygon points=\"16,1 29,8.5 29,23.5 16,31 3,23.5 3,8.5\" fill=\"%1\"/>"_s.arg(fill);
        break;
    case Shape::Diamond:
        shape = u"<polygon points=\"16,1 31,16 16,31 1,16\" fill=\"%1\"/>"_s.arg(fill);
        fontSize = u"13"_s;
        baseline = u"20.7"_s;
        break;
    case Shape::Shield:
        shape = u"<path d=\"M16 1 L29 5 V15 C29 23 23.5 28.5 16 31 C8.5 28.5 3 23 3 15 V5 Z\" fill=\"%1\"/>"_s.arg(fill);
        baseline = u"20.8"_s;
        break;
    case Shape::Ring:
        shape = u"<circle cx=\"16\" cy=\"16\" r=\"13\" fill=\"#FFFFFF\" stroke=\"%1\" stroke-width=\"4\"/>"_s.arg(fill);
        fontSize = u"14"_s;
        baseline = u"21.1"_s;
        break;
    }
    const QString title = str(p.title).toHtmlEscaped();
    const QString letter = str(p.name).left(1).toUpper().toHtmlEscaped(); // the name users see in lists
    QString svg = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
    svg += u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\" viewBox=\"0 0 32 32\">\n"_s;
    svg += u"  <title>"_s + title + u" logo</title>\n  "_s + shape + u'\n';
    svg += u"  <text x=\"16\" y=\"%1\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
           "font-size=\"%2\" font-weight=\"bold\" fill=\"%3\">%4</text>\n"_s.arg(baseline, fontSize, str(p.ink), letter);
    svg += u"</svg>\n"_s;
    return svg.toUtf8();
}

} // namespace

QStringList packageNames()
{
    QStringList names;
    for (const Package &p : packages())
        names.append(str(p.name));
    names.sort();
    return names;
}

QStringList versionsOf(const QString &name)
{
    QStringList versions;
    if (const Package *p = findPackage(name))
        for (const Release &r : p->releases)
            versions.append(str(r.version));
    return versions;
}

Files versionFiles(const QString &name, const QString &version, int edition)
{
    const Package *p = findPackage(name);
    if (!p)
        return {};
    const auto releases = releasesUpTo(*p, version);
    if (releases.empty())
        return {};
    const Release &r = *releases.back();
    const QString ds = u"data_stream/"_s + str(p->stream.name) + u'/';
    return {
        {u"manifest.yml"_s, manifest(*p, r)},
        {u"changelog.yml"_s, changelog(*p, version, edition)},
        {u"docs/README.md"_s, readme(*p, r, edition)},
        {ds + u"manifest.yml"_s, dataStreamManifest(*p)},
        {ds + u"fields/fields.yml"_s, fieldsYaml(*p)},
        {u"kibana/dashboard/"_s + dashboardId(*p) + u".json"_s, dashboard(*p)},
        {logoPath(*p), logo(*p)},
    };
}

QString changeSummary(const QString &name, const QString &version)
{
    const Package *p = findPackage(name);
    if (!p)
        return {};
    const auto releases = releasesUpTo(*p, version);
    return releases.empty() || releases.back()->changes.empty() ? QString()
                                                                 : str(releases.back()->changes.front().description);
}

QString ownerTeam(const QString &name)
{
    const Package *p = findPackage(name);
    return p ? u"elastic/"_s + str(p->team) : QString();
}

QByteArray dockerfile(const QString &tier, const QString &registryVersion)
{
    // Each distribution also serves every tier above it (see README.md).
    QStringList above;
    if (tier == u"snapshot"_s)
        above = {u"production"_s, u"staging"_s};
    else if (tier == u"staging"_s)
        above = {u"production"_s};
    QString d = u"# The "_s + tier + u" distribution of the package registry.\n"_s;
    d += u"ARG PACKAGE_REGISTRY="_s + registryVersion + u'\n';
    for (const QString &t : above)
        d += u"FROM docker.elastic.co/package-registry/distribution:"_s + t + u" AS "_s + t + u'\n';
    d += u"FROM docker.elastic.co/package-registry/package-registry:${PACKAGE_REGISTRY}\n"_s;
    d += u"ARG PACKAGE_REGISTRY\nLABEL package-registry=${PACKAGE_REGISTRY}\n\n"_s;
    for (const QString &t : above)
        d += u"COPY --from="_s + t + u" /packages/"_s + t + u" /packages/"_s + t + u'\n';
    d += u"COPY packages /packages/"_s + tier + u"\n\nWORKDIR /package-registry\n\n"_s;
    d += u"# Refuse to build an image that serves an invalid package.\nRUN ./package-registry -dry-run\n"_s;
    return d.toUtf8();
}

QByteArray storageReadme()
{
    return "# Package storage\n\n"
           "The packages served by the package registry, one branch per tier:\n\n"
           "- `snapshot`: every new package version lands here first;\n"
           "- `staging`: versions promoted from snapshot, for testing;\n"
           "- `production`: released versions.\n\n"
           "A tier's distribution serves its own packages and every tier above it. A version is promoted by\n"
           "copying `packages/<name>/<version>/` to the next tier, then removing it from the lower one.\n\n"
           "This repository is the demo that comes with Tierdesk: its changes, people and pull requests are\n"
           "made up.\n";
}

} // namespace tierdesk::demo
