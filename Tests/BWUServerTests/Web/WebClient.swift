import BWUServer
import Foundation
import Vapor
import VaporTesting

/// A browser-like client over the in-process app: keeps cookies, posts forms, reads pages.
final class WebClient: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    /// Sent with every request, e.g. `X-Forwarded-Proto` as a TLS-terminating proxy adds it.
    var extraHeaders: [(String, String)] = []

    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        var location: String? { headers.first(name: .location) }

        /// The value of the first hidden `csrf` field on the page.
        var csrf: String? { body.firstMatch(after: "name=\"csrf\" value=\"") }
    }

    init(_ app: Application, language: String? = nil) {
        self.app = app
        if let language { cookies["bwu_lang"] = language }
    }

    func get(_ path: String) async throws -> Page {
        try await send(.GET, path, body: nil, contentType: nil)
    }

    /// Posts `fields` url-encoded; `csrf` is added from `csrfFrom` unless given.
    func post(_ path: String, _ fields: [(String, String)]) async throws -> Page {
        let body = fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: ByteBuffer(string: body), contentType: .urlEncodedForm)
    }

    func postMultipart(_ path: String, fields: [(String, String)], file: (name: String, content: String)?) async throws -> Page {
        let boundary = "bwu-test-boundary"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n\(file.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await send(.POST, path, body: ByteBuffer(string: body),
                              contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }

    /// Signs in through the page, as a person would.
    func signIn(_ email: String, password: String = "demo-password-2026") async throws {
        let form = try await get("/sign-in")
        let reply = try await post("/sign-in", [("csrf", form.csrf ?? ""), ("email", email), ("password", password)])
        guard reply.status == .seeOther, cookies["bwu_session"] != nil else {
            throw WebTestError("sign-in of \(email) failed: \(reply.status)")
        }
    }

    /// Any page's CSRF token for this session (the dashboard has the sign-out form).
    func csrf() async throws -> String {
        guard let token = try await get("/dashboard").csrf else { throw WebTestError("no csrf token on the dashboard") }
        return token
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: HTTPMediaType?) async throws -> Page {
        var headers = HTTPHeaders()
        if let contentType { headers.contentType = contentType }
        for (name, value) in extraHeaders { headers.add(name: name, value: value) }
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        var page: Page?
        try await app.testing().test(method, path, headers: headers, body: body) { response in
            page = Page(status: response.status, headers: response.headers, body: response.body.string)
        }
        for (name, cookie) in page!.headers.setCookie?.all ?? [:] {
            if cookie.string.isEmpty || cookie.maxAge == 0 { cookies[name] = nil } else { cookies[name] = cookie.string }
        }
        return page!
    }

    private func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? ""
    }
}

struct WebTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension String {
    func firstMatch(after prefix: String, until end: Character = "\"") -> String? {
        guard let start = range(of: prefix)?.upperBound else { return nil }
        return String(self[start...].prefix { $0 != end })
    }

    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
