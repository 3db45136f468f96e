// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A smart-HTTP git server on loopback for push tests: every request is handed
// to git-http-backend as CGI, optionally over TLS with a certificate made at
// test time, and optionally behind HTTP Basic authentication (401 with
// WWW-Authenticate until the right password arrives). Records each request.
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

class QTcpServer;
class QTcpSocket;

class SmartHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path;
        QString query;
        QByteArray authorization; // as sent
        int status = 0;           // what the server answered
    };

    // Serves the repositories below `projectRoot` (GIT_PROJECT_ROOT).
    explicit SmartHttpServer(QString projectRoot, QObject *parent = nullptr);
    ~SmartHttpServer() override;

    // A self-signed certificate for 127.0.0.1 and localhost, made with openssl in `dir`.
    static bool makeCertificate(const QString &dir, QString *certificateFile, QString *keyFile, QString *error);
    // Speak TLS with this certificate; plain HTTP when never called.
    bool useTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // Only requests with "Authorization: Basic base64(<any user>:password)" reach git.
    void requirePassword(const QString &password) { m_password = password; }

    bool listen(QString *error); // on 127.0.0.1, a free port
    quint16 port() const;
    // https://127.0.0.1:port/<name> (http:// without TLS)
    QString url(const QString &repositoryName) const;

    QList<Request> requests;
    QStringList tlsErrors; // handshakes that failed, as the server saw them

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false; // a CGI request is running for it
    };

    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void runBackend(QTcpSocket *socket, Request request, const QHash<QByteArray, QByteArray> &headers,
                    const QByteArray &body);
    void answer(QTcpSocket *socket, const QByteArray &statusLine, const QList<QByteArray> &headers,
                const QByteArray &body);

    QString m_root;
    QString m_password;
    QString m_backend;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
};
