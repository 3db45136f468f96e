// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// diffshot OUTDIR [--fixture REPO]: screenshots of DiffView for reviews, in
// light and dark palettes, side by side and unified, at 1280x800 and at the
// narrow widths of the package details side panel (760 and 500 px).
#include "common/DarkPalette.h"
#include "diff/DiffTextPane.h"
#include "diff/DiffView.h"
#include "support/RepoBuilder.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tierdesk;

namespace {
QByteArray svg(const QString &fill, const QString &stroke)
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">\n"
           u"  <circle cx=\"32\" cy=\"32\" r=\"26\" fill=\"%1\" stroke=\"%2\" stroke-width=\"4\"/>\n"
           u"  <path d=\"M20 40 L32 18 L44 40 Z\" fill=\"#ffffff\"/>\n</svg>\n"_s.arg(fill, stroke).toUtf8();
}

QByteArray readme(bool updated)
{
    QByteArray out = "# Nginx Integration\n\nThis integration periodically fetches metrics from "
                     "[Nginx](https://nginx.org/) servers. It can parse access and error logs created by the "
                     "HTTP server.\n\n## Compatibility\n\n";
    out += updated ? "The Nginx `stubstatus` metrics were tested with Nginx 1.19.5 and are expected to work with "
                     "all versions >= 1.19.\n"
                   : "The Nginx `stubstatus` metrics were tested with Nginx 1.9 and are expected to work with all "
                     "versions >= 1.9.\n";
    out += "\n## Logs\n\n### Access Logs\n\nAccess logs collects the nginx access logs.\n\n";
    for (int i = 1; i <= 24; ++i)
        out += "| nginx.access.field" + QByteArray::number(i) + " | Field number " + QByteArray::number(i) +
               " of the access log. | keyword |\n";
    out += updated ? "\n### Error Logs\n\nError logs collects the nginx error logs, including the upstream "
                     "errors.\n"
                   : "\n### Error Logs\n\nError logs collects the nginx error logs.\n";
    return out;
}

QByteArray pipeline(bool updated)
{
    QByteArray out = "{\n  \"description\": \"Pipeline for parsing Nginx access logs.\",\n  \"processors\": [\n";
    for (int i = 0; i < 14; ++i)
        out += "    {\n      \"set\": {\n        \"field\": \"event.step" + QByteArray::number(i) +
               "\",\n        \"value\": \"" + (updated && i == 7 ? "parsed" : "raw") + "\"\n      }\n    },\n";
    out += updated ? "    {\n      \"remove\": {\n        \"field\": \"message\",\n        \"ignore_missing\": true\n      }\n    }\n"
                   : "    {\n      \"remove\": {\n        \"field\": \"message\"\n      }\n    }\n";
    out += "  ]\n}\n";
    return out;
}

QByteArray changelog(bool updated)
{
    QByteArray out = "# newer versions go on top\n";
    if (updated)
        out += "- version: \"1.3.0\"\n  changes:\n    - description: Add ingress controller dashboards\n"
               "      type: enhancement\n      link: https://github.com/elastic/integrations/pull/812\n"
               "    - description: Fix the access log grok pattern for IPv6 clients\n      type: bugfix\n"
               "      link: https://github.com/elastic/integrations/pull/815\n";
    out += "- version: \"1.2.0\"\n  changes:\n    - description: Update to ECS 1.8.0\n      type: enhancement\n"
           "      link: https://github.com/elastic/integrations/pull/700\n";
    return out;
}

void buildRepo(RepoBuilder &b)
{
    const QString o = u"packages/nginx/1.2.0/"_s;
    const QString n = u"packages/nginx/1.3.0/"_s;
    QByteArray fields;
    for (int i = 0; i < 20; ++i)
        fields += "- name: nginx.access.field" + QByteArray::number(i) + "\n  type: keyword\n  description: Field " +
                  QByteArray::number(i) + ".\n";
    QByteArray fields2 = fields;
    fields2.replace("field4\n  type: keyword", "field4\n  type: long");
    const QByteArray stream = "paths:\n{{#each paths}}\n  - {{this}}\n{{/each}}\nexclude_files: [\".gz$\"]\n"
                              "processors:\n  - add_locale: ~\n";
    const QByteArray stream2 = "paths:\n{{#each paths}}\n  - {{this}}\n{{/each}}\n{{#if tags}}\ntags:\n"
                               "{{#each tags as |tag i|}}\n  - {{tag}}\n{{/each}}\n{{/if}}\nexclude_files: [\".gz$\"]\n"
                               "processors:\n  - add_locale: ~\n";
    Files before{
        {o + u"manifest.yml"_s, RepoBuilder::manifest(u"nginx"_s, u"1.2.0"_s, u"^7.14.0"_s, u"beta"_s,
                                                      u"categories:\n  - web\n  - observability\n"_s)},
        {o + u"changelog.yml"_s, changelog(false)},
        {o + u"docs/README.md"_s, readme(false)},
        {o + u"data_stream/access/fields/fields.yml"_s, fields},
        {o + u"data_stream/access/agent/stream/stream.yml.hbs"_s, stream},
        {o + u"data_stream/access/elasticsearch/ingest_pipeline/default.json"_s, pipeline(false)},
        {o + u"img/logo.svg"_s, svg(u"#009639"_s, u"#006b28"_s)},
        // Without a line break at its end: the view marks the last line.
        {o + u"kibana/tags.yml"_s, "- nginx\n- web"},
    };
    Files after{
        {n + u"manifest.yml"_s, RepoBuilder::manifest(u"nginx"_s, u"1.3.0"_s, u"^7.16.0 || ^8.0.0"_s, u"ga"_s,
                                                      u"categories:\n  - web\n  - observability\n"_s)},
        {n + u"changelog.yml"_s, changelog(true)},
        {n + u"docs/README.md"_s, readme(true)},
        {n + u"data_stream/access/fields/ecs.yml"_s, fields2},
        {n + u"data_stream/access/agent/stream/stream.yml.hbs"_s, stream2},
        {n + u"data_stream/access/elasticsearch/ingest_pipeline/default.json"_s, pipeline(true)},
        {n + u"img/logo.svg"_s, svg(u"#1f8ceb"_s, u"#0b5cad"_s)},
        {n + u"kibana/tags.yml"_s, "- nginx\n- web\n- observability\n"},
    };
    b.commit(u"production"_s, before);
    b.commit(u"snapshot"_s, after);
}

bool waitShown(DiffView &view, const QString &path)
{
    if (!view.selectFile(path))
        return false;
    return QTest::qWaitFor([&] { return view.isFileShown() && view.comparison()->files[view.currentFile()].path == path; },
                           20000);
}

bool save(DiffView &view, const QString &file)
{
    QTest::qWait(50); // let the item views and layouts settle before grabbing
    const QPixmap shot = view.grab();
    if (shot.isNull() || !shot.save(file, "PNG")) {
        std::fprintf(stderr, "diffshot: could not save %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(tierdesk::createPaletteStyle());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: diffshot OUTDIR [--fixture REPO]\n");
        return 2;
    }
    const QString out = args[1];
    QDir().mkpath(out);
    const QString fixture = args.indexOf(u"--fixture"_s) > 0 ? args.value(args.indexOf(u"--fixture"_s) + 1) : QString();
    const QPalette light = QApplication::palette();

    RepoBuilder b;
    buildRepo(b);
    struct Shot {
        QString file;
        DiffMode mode;
        QString name;
        QSize size = QSize(1280, 800);
    };
    const QList<Shot> shots{
        {u"manifest.yml"_s, DiffMode::SideBySide, u"side-by-side"_s},
        {u"manifest.yml"_s, DiffMode::Unified, u"unified"_s},
        {u"data_stream/access/elasticsearch/ingest_pipeline/default.json"_s, DiffMode::SideBySide, u"json-side-by-side"_s},
        {u"data_stream/access/agent/stream/stream.yml.hbs"_s, DiffMode::Unified, u"hbs-unified"_s},
        {u"docs/README.md"_s, DiffMode::SideBySide, u"markdown-side-by-side"_s},
        {u"img/logo.svg"_s, DiffMode::SideBySide, u"image"_s},
        {u"kibana/tags.yml"_s, DiffMode::SideBySide, u"no-newline-side-by-side"_s},
        {u"kibana/tags.yml"_s, DiffMode::Unified, u"no-newline-unified"_s},
        {u"manifest.yml"_s, DiffMode::SideBySide, u"panel760-side-by-side"_s, QSize(760, 700)},
        {u"manifest.yml"_s, DiffMode::Unified, u"panel500-unified"_s, QSize(500, 700)},
        {u"kibana/tags.yml"_s, DiffMode::Unified, u"panel500-no-newline"_s, QSize(500, 700)},
    };
    int failures = 0;
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        DiffView view;
        view.resize(1280, 800);
        view.show();
        view.setComparison(b.path(), {u"production"_s, u"nginx"_s, u"1.2.0"_s, {}}, {u"snapshot"_s, u"nginx"_s, u"1.3.0"_s, {}});
        if (!QTest::qWaitFor([&] { return view.comparison() != nullptr; }, 30000)) {
            std::fprintf(stderr, "diffshot: the comparison did not finish\n");
            return 1;
        }
        for (const Shot &s : shots) {
            if (!waitShown(view, s.file)) {
                ++failures;
                continue;
            }
            view.resize(s.size);
            view.setMode(s.mode);
            // The formats come from a worker: wait for them, as a user would see them.
            if (!QTest::qWaitFor([&] { return view.textPane()->isHighlighted(); }, 20000))
                ++failures;
            failures += !save(view, out + u"/diff-"_s + (dark ? u"dark-"_s : u"light-"_s) + s.name + u".png"_s);
        }
        if (!fixture.isEmpty()) {
            view.setComparison(fixture, {u"staging"_s, u"system"_s, u"0.10.8"_s, {}}, {u"snapshot"_s, u"system"_s, u"0.11.2"_s, {}});
            if (QTest::qWaitFor([&] { return view.comparison() != nullptr; }, 60000)
                && waitShown(view, u"data_stream/security/fields/fields.yml"_s)) {
                view.resize(1280, 800);
                view.setMode(DiffMode::SideBySide);
                if (!QTest::qWaitFor([&] { return view.textPane()->isHighlighted(); }, 20000))
                    ++failures;
                failures += !save(view, out + u"/diff-"_s + (dark ? u"dark"_s : u"light"_s) + u"-fixture-system.png"_s);
            } else {
                ++failures;
            }
        }
    }
    return failures ? 1 : 0;
}
