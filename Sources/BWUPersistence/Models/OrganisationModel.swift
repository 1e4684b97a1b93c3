import BWUDomain
import Fluent
import Foundation

final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "country") var country: String

    init() {}

    init(id: UUID? = nil, name: String, kind: OrganisationKind, country: String) {
        self.id = id
        self.name = name
        self.kind = kind.rawValue
        self.country = country
    }

    func record() throws -> OrganisationRecord {
        OrganisationRecord(
            id: try requireID(), name: name, kind: OrganisationKind(rawValue: kind) ?? .manufacturer, country: country)
    }
}
