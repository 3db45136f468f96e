// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A loopback HTTP/1.1 server standing in for the GitHub REST API (and for an
// HTTPS git remote that wants credentials): it records every request and
// answers from a script, including errors and never answering at all.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

class FakeGitHub : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path;  // without the query
        QString query;
        QByteArray authorization; // the Authorization header as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json; // the body, when it is a JSON object
    };

    struct Response {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool hang = false; // never answer: the client's timeout must fire
    };

    explicit FakeGitHub(QObject *parent = nullptr);
    ~FakeGitHub() override;

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = {}) const;

    // Answers in order; when the script is empty, `fallback` answers.
    void enqueue(const Response &response) { m_script.append(response); }
    void setFallback(const Response &response) { m_fallback = response; }
    // Answers every `method` request for `path` (without the query), however often and in whatever
    // order it comes, before the script: for clients that ask about several things from workers.
    void route(const QByteArray &method, const QString &path, const Response &response)
    {
        m_routes.insert(method + ' ' + path.toUtf8(), response);
    }

    static Response json(int status, const QJsonObject &object);
    static Response jsonArray(int status, const QByteArray &array);
    // A created pull request as GitHub returns it (201).
    static Response pullRequest(int number, const QString &htmlUrl, bool draft = true);
    // A pull request as GET /repos/O/R/pulls/N returns it in `lifecycle` "draft", "open", "merged" or "closed".
    static Response pullRequestIn(int number, const QString &htmlUrl, const QString &lifecycle);
    static Response error(int status, const QString &message, const QString &errorMessage = {});

    QList<Request> requests;

signals:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_hanging;
    QList<Response> m_script;
    QHash<QByteArray, Response> m_routes; // "METHOD /path"
    Response m_fallback{404, R"({"message":"Not Found"})", {}, false};
};
