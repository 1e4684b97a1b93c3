import Crypto
import Foundation
import Vapor

/// Anti-forgery tokens for every POST form. The token is an HMAC keyed by the session token,
/// which only the browser holding the HttpOnly cookie has; another site can neither read it
/// nor compute it. Nothing is stored, so any of several `bwu serve` processes can check it.
enum WebCSRF {
    static func token(forKey key: String, purpose: String = "form") -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("bwu-csrf-v1:\(purpose)".utf8), using: SymmetricKey(data: Data(key.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Compares in constant time so the token cannot be guessed byte by byte from timings.
    static func matches(_ given: String?, key: String, purpose: String = "form") -> Bool {
        guard let given else { return false }
        let expected = Array(token(forKey: key, purpose: purpose).utf8)
        let actual = Array(given.utf8)
        guard expected.count == actual.count else { return false }
        var difference: UInt8 = 0
        for index in expected.indices { difference |= expected[index] ^ actual[index] }
        return difference == 0
    }
}

/// A refused form: forged, or sent after the session it belonged to ended.
struct CSRFError: AbortError {
    var status: HTTPResponseStatus { .forbidden }
    var reason: String { "the form's anti-forgery token is missing or wrong" }
}

extension Request {
    /// The token this session's forms carry (empty before sign-in: such pages have no forms but sign-in).
    var csrfToken: String {
        webSession.map { WebCSRF.token(forKey: $0.token) } ?? ""
    }

    /// - Throws: ``CSRFError`` unless `fields["csrf"]` is this session's token.
    func requireCSRF(_ given: String?) throws {
        guard let session = webSession, WebCSRF.matches(given, key: session.token) else { throw CSRFError() }
    }
}
