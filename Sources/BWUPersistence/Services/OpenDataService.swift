import BWUDomain
import Fluent
import Foundation

/// Publishes grants, milestones and payments as OCDS releases, as far as each grant's
/// classification allows. Open data: no sign-in needed.
public struct OpenDataService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Every release of every publishable grant, oldest grant first.
    public func releases() async throws -> [JSONValue] {
        let db = context.database
        let grants = try await GrantModel.query(on: db).with(\.$milestones).sort(\.$createdAt).sort(\.$id).all()
        let organisations = Dictionary(uniqueKeysWithValues: try await OrganisationModel.query(on: db).all().map { (try $0.requireID(), $0) })
        guard let buyer = try await OrganisationModel.query(on: db)
            .filter(\.$kind == OrganisationKind.programmeOffice.rawValue).sort(\.$name).first()?.record()
        else { return [] }

        var releases: [JSONValue] = []
        for model in grants {
            let classification = GrantClassification(rawValue: model.classification) ?? .secret
            guard classification != .secret, let recipient = try organisations[model.$organisation.id]?.record() else { continue }
            let grant = try model.record()
            let milestoneIDs = Set(grant.milestones.map(\.id))
            let entityIDs = [grant.id.uuidString] + grant.milestones.map(\.id.uuidString)
            let events = try await AuditEntryModel.query(on: db).filter(\.$entityID ~~ entityIDs).sort(\.$id).all().map { entry in
                let milestone = UUID(uuidString: entry.entityID).flatMap { milestoneIDs.contains($0) ? $0 : nil }
                return OCDSReleases.Event(sequence: entry.id ?? 0, occurredAt: entry.occurredAt, action: entry.action, milestoneID: milestone)
            }
            let disbursements = try await DisbursementModel.query(on: db).filter(\.$grant.$id == grant.id).all().map { try $0.record() }
            releases += OCDSReleases.releases(
                grant: grant, classification: classification, events: events, disbursements: disbursements,
                buyer: buyer, recipient: recipient)
        }
        return releases
    }

    /// A release package (OCDS 1.1) around the releases.
    public func package(uri: String) async throws -> JSONValue {
        .object([
            "uri": .string(uri), "version": .string("1.1"), "publishedDate": .string(AuditTimestamp.format(context.now())),
            "publisher": .object(["name": .string("Build with Ukraine Programme Office (Danish Ministry of Defence)")]),
            "releases": .array(try await releases()),
        ])
    }
}
