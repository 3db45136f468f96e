// SPDX-FileCopyrightText: 2026 Tierdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SmartHttpServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// The body of a request as sent: Content-Length or chunked (libgit2 streams
// pushes chunked). Nothing while incomplete.
std::optional<QByteArray> completeBody(const QByteArray &data, const QHash<QByteArray, QByteArray> &headers)
{
    if (headers.value("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = 0;
        for (;;) {
            const qsizetype lineEnd = data.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return std::nullopt;
            bool ok = false;
            const qsizetype size = data.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return QByteArray(); // malformed: let git-http-backend complain about an empty body
            pos = lineEnd + 2;
            if (size == 0)
                return data.indexOf("\r\n", pos) < 0 ? std::nullopt : std::optional<QByteArray>(body);
            if (data.size() < pos + size + 2)
                return std::nullopt;
            body += data.mid(pos, size);
            pos += size + 2;
        }
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    if (data.size() < length)
        return std::nullopt;
    return data.left(length);
}

QString gitExecPath()
{
    QProcess p;
    p.start(u"git"_s, {u"--exec-path"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

SmartHttpServer::SmartHttpServer(QString projectRoot, QObject *parent)
    : QObject(parent), m_root(std::move(projectRoot)), m_backend(gitExecPath() + u"/git-http-backend"_s)
{
}

SmartHttpServer::~SmartHttpServer()
{
    for (QTcpSocket *s : m_connections.keys())
        s->abort();
}

bool SmartHttpServer::makeCertificate(const QString &dir, QString *certificateFile, QString *keyFile, QString *error)
{
    *certificateFile = dir + u"/server.crt"_s;
    *keyFile = dir + u"/server.key"_s;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                           u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                           u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s, *keyFile, u"-out"_s,
                           *certificateFile});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"openssl req failed: "_s + p.errorString() + u"\n"_s + QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

bool SmartHttpServer::useTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"Qt has no TLS backend here"_s;
        return false;
    }
    QFile cert(certificateFile), key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the certificate or key"_s;
        return false;
    }
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    if (m_certificate.isNull() || m_key.isNull()) {
        *error = u"the certificate or key does not parse"_s;
        return false;
    }
    m_tls = true;
    return true;
}

bool SmartHttpServer::listen(QString *error)
{
    if (m_tls) {
        auto *server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificate
        server->setSslConfiguration(config);
        connect(server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError e) {
            tlsErrors.append(u"socket error %1"_s.arg(int(e)));
        });
        connect(server, &QSslServer::handshakeInterruptedOnError, this,
                [this](QSslSocket *, const QSslError &e) { tlsErrors.append(e.errorString()); });
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    // After the TLS handshake for QSslServer; right away for plain TCP.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SmartHttpServer::onConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    if (!QFile::exists(m_backend)) {
        *error = m_backend + u" does not exist"_s;
        return false;
    }
    return true;
}

quint16 SmartHttpServer::port() const { return m_server ? m_server->serverPort() : 0; }

QString SmartHttpServer::url(const QString &repositoryName) const
{
    return u"%1://127.0.0.1:%2/%3"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(port()).arg(repositoryName);
}

void SmartHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SmartHttpServer::onReadyRead(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    c.buffer += socket->readAll();
    if (c.busy)
        return;
    const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const std::optional<QByteArray> body = completeBody(c.buffer.mid(headerEnd + 4), headers);
    if (!body)
        return; // wait for the rest
    c.busy = true;

    Request r;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    r.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    r.query = QString::fromLatin1(q < 0 ? QByteArray() : target.mid(q + 1));
    r.authorization = headers.value("authorization");

    if (!m_password.isEmpty()) {
        const QByteArray prefix = "Basic ";
        const QByteArray decoded = r.authorization.startsWith(prefix)
                                       ? QByteArray::fromBase64(r.authorization.mid(prefix.size()))
                                       : QByteArray();
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0 || decoded.mid(colon + 1) != m_password.toUtf8()) {
            r.status = 401;
            requests.append(r);
            answer(socket, "HTTP/1.1 401 Unauthorized",
                   {"WWW-Authenticate: Basic realm=\"tierdesk-test\"", "Content-Type: text/plain"},
                   "Authentication required\n");
            return;
        }
    }
    runBackend(socket, r, headers, *body);
}

void SmartHttpServer::runBackend(QTcpSocket *socket, Request request, const QHash<QByteArray, QByteArray> &headers,
                                 const QByteArray &body)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_PROJECT_ROOT"_s, m_root);
    env.insert(u"GIT_HTTP_EXPORT_ALL"_s, u"1"_s);
    env.insert(u"GATEWAY_INTERFACE"_s, u"CGI/1.1"_s);
    env.insert(u"SERVER_PROTOCOL"_s, u"HTTP/1.1"_s);
    env.insert(u"REQUEST_METHOD"_s, QString::fromLatin1(request.method));
    env.insert(u"PATH_INFO"_s, request.path);
    env.insert(u"QUERY_STRING"_s, request.query);
    env.insert(u"REMOTE_ADDR"_s, u"127.0.0.1"_s);
    env.insert(u"CONTENT_LENGTH"_s, QString::number(body.size()));
    if (headers.contains("content-type"))
        env.insert(u"CONTENT_TYPE"_s, QString::fromLatin1(headers.value("content-type")));
    if (headers.contains("content-encoding"))
        env.insert(u"HTTP_CONTENT_ENCODING"_s, QString::fromLatin1(headers.value("content-encoding")));
    if (headers.contains("git-protocol"))
        env.insert(u"GIT_PROTOCOL"_s, QString::fromLatin1(headers.value("git-protocol")));
    if (!request.authorization.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(request.authorization.mid(6));
        env.insert(u"REMOTE_USER"_s, QString::fromUtf8(decoded.left(decoded.indexOf(':'))));
    }
    auto *cgi = new QProcess(this);
    cgi->setProcessEnvironment(env);
    QPointer<QTcpSocket> target(socket);
    connect(cgi, &QProcess::finished, this, [this, cgi, target, request]() mutable {
        cgi->deleteLater();
        const QByteArray out = cgi->readAllStandardOutput();
        const QByteArray err = cgi->readAllStandardError();
        if (!err.isEmpty())
            qWarning().noquote() << "git-http-backend:" << QString::fromUtf8(err).trimmed();
        // CGI output: header lines, a blank line, the body.
        qsizetype split = out.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (split < 0) {
            split = out.indexOf("\n\n");
            skip = 2;
        }
        QByteArray statusLine = "HTTP/1.1 200 OK";
        QList<QByteArray> cgiHeaders;
        if (split >= 0) {
            for (QByteArray line : out.left(split).split('\n')) {
                line = line.trimmed();
                if (line.toLower().startsWith("status:"))
                    statusLine = "HTTP/1.1 " + line.mid(7).trimmed();
                else if (!line.isEmpty())
                    cgiHeaders.append(line);
            }
        } else {
            statusLine = "HTTP/1.1 502 Bad Gateway";
        }
        request.status = statusLine.split(' ').value(1).toInt();
        requests.append(request);
        if (target)
            answer(target, statusLine, cgiHeaders, split >= 0 ? out.mid(split + skip) : out);
    });
    cgi->start(m_backend, {});
    cgi->write(body);
    cgi->closeWriteChannel();
}

void SmartHttpServer::answer(QTcpSocket *socket, const QByteArray &statusLine, const QList<QByteArray> &headers,
                             const QByteArray &body)
{
    QByteArray out = statusLine + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // One request per connection keeps this server simple; libgit2 reconnects.
    out += "Connection: close\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}
