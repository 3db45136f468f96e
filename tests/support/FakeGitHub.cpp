// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeGitHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

FakeGitHub::FakeGitHub(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeGitHub::onConnection);
}

FakeGitHub::~FakeGitHub()
{
    for (const QPointer<QTcpSocket> &s : std::as_const(m_hanging))
        if (s)
            s->abort();
}

bool FakeGitHub::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl FakeGitHub::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

FakeGitHub::Response FakeGitHub::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, false};
}

FakeGitHub::Response FakeGitHub::jsonArray(int status, const QByteArray &array) { return {status, array, {}, false}; }

FakeGitHub::Response FakeGitHub::pullRequest(int number, const QString &htmlUrl, bool draft)
{
    return json(201, QJsonObject{{u"number"_s, number},
                                 {u"html_url"_s, htmlUrl},
                                 {u"url"_s, u"https://api.example/pulls/%1"_s.arg(number)},
                                 {u"state"_s, u"open"_s},
                                 {u"draft"_s, draft}});
}

FakeGitHub::Response FakeGitHub::pullRequestIn(int number, const QString &htmlUrl, const QString &lifecycle)
{
    const bool merged = lifecycle == u"merged"_s;
    return json(200, QJsonObject{{u"number"_s, number},
                                 {u"html_url"_s, htmlUrl},
                                 {u"url"_s, u"https://api.example/pulls/%1"_s.arg(number)},
                                 {u"state"_s, merged || lifecycle == u"closed"_s ? u"closed"_s : u"open"_s},
                                 {u"draft"_s, lifecycle == u"draft"_s},
                                 {u"merged"_s, merged},
                                 {u"merged_at"_s, merged ? QJsonValue(u"2026-12-01T10:00:00Z"_s) : QJsonValue()}});
}

FakeGitHub::Response FakeGitHub::error(int status, const QString &message, const QString &errorMessage)
{
    QJsonObject o{{u"message"_s, message}, {u"documentation_url"_s, u"https://docs.github.com/rest"_s}};
    if (!errorMessage.isEmpty())
        o.insert(u"errors"_s, QJsonArray{QJsonObject{{u"resource"_s, u"PullRequest"_s},
                                                     {u"code"_s, u"custom"_s},
                                                     {u"message"_s, errorMessage}}});
    return json(status, o);
}

void FakeGitHub::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeGitHub::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request r;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    r.path = QString::fromUtf8(q < 0 ? target : target.left(q));
    r.query = q < 0 ? QString() : QUrl::fromPercentEncoding(target.mid(q + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    r.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    r.authorization = r.headers.value("authorization");
    r.json = QJsonDocument::fromJson(r.body).object();
    requests.append(r);
    const auto routed = m_routes.constFind(r.method + ' ' + r.path.toUtf8());
    const Response response = routed != m_routes.cend() ? *routed
                              : m_script.isEmpty()      ? m_fallback
                                                        : m_script.takeFirst();
    emit requestReceived();
    if (response.hang) {
        m_hanging.append(socket);
        return;
    }
    answer(socket, response);
}

void FakeGitHub::answer(QTcpSocket *socket, const Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
