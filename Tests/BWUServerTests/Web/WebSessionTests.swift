import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Sign-in and sign-out through the pages, cookies, CSRF, and HTML errors beside problem+json.
@Suite struct WebSessionTests {
    @Test func signInSetsAHardenedSessionCookieAndSignOutEndsTheSession() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            let form = try await web.get("/sign-in")
            #expect(form.status == .ok)
            #expect(form.body.contains("<label for=\"f-email\">E-mail</label>"))
            let reply = try await web.post("/sign-in", [("csrf", form.csrf!), ("email", Demo.officer), ("password", DemoSeed.password)])
            #expect(reply.status == .seeOther)
            #expect(reply.location == "/dashboard")
            let cookie = reply.headers[.setCookie].first { $0.hasPrefix("bwu_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"), "plain http in tests: Secure only behind https")

            let token = web.cookies["bwu_session"]!
            #expect(try await api.request(.GET, "/me", token: token).status == .ok, "the cookie holds an IdentityService token")
            #expect(try await api.request(.GET, "/me", headers: [("Cookie", "bwu_session=\(token)")]).status == .unauthorized,
                    "the API never accepts the cookie")

            let out = try await web.post("/sign-out", [("csrf", try await web.csrf())])
            #expect(out.status == .seeOther)
            #expect(try await api.request(.GET, "/me", token: token).status == .unauthorized)
            #expect(try await web.get("/dashboard").location == "/sign-in")
        }
    }

    @Test func behindAnHTTPSProxyTheCookieIsSecure() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            web.extraHeaders = [("X-Forwarded-Proto", "https")]
            let form = try await web.get("/sign-in")
            let reply = try await web.post("/sign-in", [("csrf", form.csrf!), ("email", Demo.auditor), ("password", DemoSeed.password)])
            let cookie = reply.headers[.setCookie].first { $0.hasPrefix("bwu_session=") } ?? ""
            #expect(cookie.contains("Secure"))
            let page = try await web.get("/audit")
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
        }
    }

    @Test func wrongPasswordKeepsTheEmailAndSaysWhy() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            let form = try await web.get("/sign-in")
            let reply = try await web.post("/sign-in", [("csrf", form.csrf!), ("email", "someone@bwu.demo"), ("password", "wrong-password-00")])
            #expect(reply.status == .unauthorized)
            #expect(reply.body.contains("value=\"someone@bwu.demo\""))
            #expect(reply.body.contains("Wrong e-mail or password."))
        }
    }

    @Test func formsWithoutTheSessionTokenAreRefused() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            let form = try await web.get("/sign-in")
            #expect(try await web.post("/sign-in", [("email", Demo.officer), ("password", DemoSeed.password)]).status == .forbidden)
            #expect(form.csrf != nil)
            try await web.signIn(Demo.defence)
            let submitted = try await api.request(.GET, "/applications?status=submitted", token: try await api.signIn(Demo.officer)).items
            let id = submitted.first!["id"] as! String
            let forged = try await web.post("/applications/\(id)/reviews", [("csrf", "0000"), ("verdict", "approve"), ("reason", "ok")])
            #expect(forged.status == .forbidden)
            #expect(forged.headers.contentType == .html)
            #expect(forged.body.contains("anti-forgery") || forged.body.contains("did not come from this site"))
            let other = WebClient(api.app)
            try await other.signIn(Demo.industry)
            let crossSession = try await web.post("/applications/\(id)/reviews", [("csrf", try await other.csrf()), ("verdict", "approve"), ("reason", "ok")])
            #expect(crossSession.status == .forbidden, "a token is bound to its own session")
            let application = try await api.request(.GET, "/applications/\(id)", token: try await api.signIn(Demo.officer)).object
            let reviews = application["reviews"] as? [[String: Any]] ?? []
            #expect(!reviews.contains { $0["reason"] as? String == "ok" })
        }
    }

    @Test func pagesAnswerHTMLErrorsWhileTheAPIKeepsProblemJSON() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            let missing = try await web.get("/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.headers.contentType == .html)
            #expect(missing.body.contains("<h1>Page not found</h1>"))
            let apiMissing = try await api.request(.GET, "/no-such-endpoint")
            #expect(apiMissing.status == .notFound)
            #expect(apiMissing.isProblem)
            #expect(try await web.get("/dashboard").location == "/sign-in")
        }
    }

    @Test func languageSwitchSetsTheCookieAndOnlyReturnsToLocalPaths() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            try await web.signIn(Demo.officer)
            let switched = try await web.get("/language/da?back=/dashboard")
            #expect(switched.status == .seeOther && switched.location == "/dashboard")
            let dashboard = try await web.get("/dashboard")
            #expect(dashboard.body.contains("<html lang=\"da\">"))
            #expect(dashboard.body.contains("DKK\u{A0}500.000.000,00"))
            #expect(try await web.get("/language/uk?back=//evil.example/x").location == "/")
            #expect(try await web.get("/dashboard").body.contains("<h1>Огляд програми</h1>"))
        }
    }
}
