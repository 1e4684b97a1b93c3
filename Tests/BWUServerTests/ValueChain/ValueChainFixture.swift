import Foundation

extension Demo {
    static let brno = "brno.avionics@bwu.demo"
    static let baltic = "baltic.motors@bwu.demo"
    static let danish = "danish.armed.forces@bwu.demo"
    static let kharkiv = "kharkiv@bwu.demo"
}

extension TestAPI {
    /// The id of the demo organisation with this exact name.
    func organisationID(_ name: String, token: String) async throws -> String {
        let organisations = try await request(.GET, "/organisations", token: token)
        let list = organisations.array.isEmpty ? organisations.items : organisations.array
        guard let id = list.first(where: { $0["name"] as? String == name })?["id"] as? String else {
            throw TestSetupError("no organisation named \(name): \(organisations.body.prefix(300))")
        }
        return id
    }
}
