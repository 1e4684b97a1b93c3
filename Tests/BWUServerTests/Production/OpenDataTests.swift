import BWUPersistence
import Foundation
import Testing
import Vapor

/// Open data: grants, milestones and payments as OCDS releases valid against the standard's schema.
@Suite struct OpenDataTests {
    @Test(arguments: TestDatabase.available)
    func releasesAreValidOCDSAndRespectClassification(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: one more grant, restricted
            let officer = try await api.signIn(Demo.officer)
            let approved = try await api.request(.GET, "/applications?status=approved", token: officer).items[0]["id"] as! String
            let restricted = try await api.request(.POST, "/grants", token: officer, json: ["applicationId": approved, "classification": "restricted"])
            #expect(restricted.status == .created)

            // Act: anyone may read the open data
            let reply = try await api.request(.GET, "/ocds/releases")

            // Check
            #expect(reply.status == .ok)
            let releases = reply.object["releases"] as! [[String: Any]]
            let restrictedOCID = "ocds-bwudk0-\((restricted.object["id"] as! String).lowercased())"
            let restrictedReleases = releases.filter { $0["ocid"] as? String == restrictedOCID }
            #expect(restrictedReleases.count == 1)
            let award = (restrictedReleases[0]["awards"] as! [[String: Any]])[0]
            #expect(award["title"] == nil)
            // The Dnipro UAV grant: award, the paid milestone, the milestone the AFU's acceptance verified.
            let ids = releases.map { $0["id"] as! String }
            #expect(Set(ids).count == ids.count)
            let paid = releases.filter { ($0["tag"] as? [String]) == ["implementation"] }
            #expect(!paid.isEmpty)
            let amount = ((((paid[0]["contracts"] as! [[String: Any]])[0]["implementation"] as! [String: Any])["transactions"] as! [[String: Any]])[0]["value"] as! [String: Any])["amount"]
            #expect((amount as? NSNumber)?.doubleValue == 12_000_000)

            let errors = try validate(reply.body)
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    /// Validates every release against `../shared/ocds/release-schema.json` with Python's jsonschema.
    func validate(_ package: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let schema = root.deletingLastPathComponent().appendingPathComponent("shared/ocds/release-schema.json").path
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ocds-\(UUID().uuidString).json")
        try package.write(to: file, atomically: true, encoding: .utf8)
        let script = """
        import json, sys
        from jsonschema import Draft4Validator, FormatChecker
        schema = json.load(open(sys.argv[1])); package = json.load(open(sys.argv[2]))
        validator = Draft4Validator(schema, format_checker=FormatChecker())
        for release in package["releases"]:
            for error in validator.iter_errors(release):
                print(release["id"], "/".join(map(str, error.path)), error.message)
        """
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema, file.path])
        return result.status == 0 ? result.output : "validator failed: \(result.output)"
    }
}
