@testable import BWUServer
import Foundation
import Testing
import Vapor

/// The OpenAPI document is kept true: every route the server registers under /api/v1 is in
/// it, and it describes nothing the server does not serve.
@Suite struct OpenAPIDocumentTests {
    @Test func documentMatchesTheRegisteredRoutes() async throws {
        try await withTestApp(.sqlite, demo: false) { api in
            // Setup: what the server registers
            let registered = Set(api.app.routes.all.compactMap { route -> String? in
                let parts = route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }
                guard parts.starts(with: ["api", "v1"]) else { return nil }
                return "\(route.method.rawValue) /" + parts.dropFirst(2).joined(separator: "/")
            })

            // Act: what the served document says
            var document = ""
            try await api.app.testing().test(.GET, "/openapi.yaml") { response in
                #expect(response.status == .ok)
                document = response.body.string
            }
            let documented = Self.operations(in: document)

            // Check
            #expect(registered.count == APIRoute.allCases.count)
            #expect(registered.subtracting(documented).isEmpty, "not documented: \(registered.subtracting(documented).sorted())")
            #expect(documented.subtracting(registered).isEmpty, "documented but not served: \(documented.subtracting(registered).sorted())")
        }
    }

    /// Reads `METHOD /path` pairs from the `paths:` section (two-space path keys, four-space methods).
    static func operations(in yaml: String) -> Set<String> {
        var result: Set<String> = []
        var inPaths = false
        var currentPath: String?
        let methods: Set<String> = ["get", "put", "post", "delete", "patch"]
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("paths:") { inPaths = true; continue }
            if inPaths, let first = line.first, first != " ", first != "#" { inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":") {
                currentPath = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), let path = currentPath {
                let key = line.trimmingCharacters(in: .whitespaces).dropLast()
                if line.hasSuffix(":"), methods.contains(String(key)) { result.insert("\(key.uppercased()) \(path)") }
            }
        }
        return result
    }
}
