import BWUDomain
import BWUMatchmaking
import BWUResilience
import Fluent
import Foundation

/// The programme office's figures on value-chain integration and technology access.
public struct ValueChainFigures: Codable, Sendable, Equatable {
    public struct AlliedShare: Codable, Sendable, Equatable {
        public var manufacturer: String
        public var item: String
        /// Allied share of the item's value before the first accepted offer that changed it, and after the last.
        public var before: Double
        public var after: Double
    }

    public var manufacturers: Int
    /// Manufacturers with at least one purchase source from a registered supplier in the EU or EEA.
    public var manufacturersWithEuropeanSuppliers: Int
    public var registeredSuppliers: Int
    public var invitations: Int
    public var offers: Int
    public var acceptedOffers: Int
    /// Single points of failure that an accepted offer removed, as measured when it was accepted.
    public var singlePointsClosed: Int
    public var alliedShare: [AlliedShare]
    public var capabilities: Int
    /// Trial requests by status.
    public var trialRequests: [String: Int]
}

public struct ValueChainFiguresService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func figures(actor: Actor) async throws -> ValueChainFigures {
        try actor.require(.programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading the programme's value-chain figures")
        let db = context.database
        let organisations = try await OrganisationModel.query(on: db).all()
        let names = Dictionary(uniqueKeysWithValues: organisations.compactMap { organisation in organisation.id.map { ($0, organisation.name) } })
        let european = Set(organisations.filter {
            $0.kind == OrganisationKind.supplier.rawValue && (AlliedCountries.europeanUnion.contains($0.country) || AlliedCountries.otherEEA.contains($0.country))
        }.map(\.name))
        let manufacturers = Set(organisations.filter { $0.kind == OrganisationKind.manufacturer.rawValue }.compactMap(\.id))
        var withEuropean = 0
        for document in try await ProductDataModel.query(on: db).all() where manufacturers.contains(document.organisationID) {
            let sources = try JSONDecoder().decode(PurchaseSuppliers.self, from: Data(document.document.utf8)).purchaseSources
            if sources.contains(where: { european.contains($0.supplier) }) { withEuropean += 1 }
        }

        let invitations = try await SupplierInvitationModel.query(on: db).with(\.$offers).sort(\.$createdAt).all()
        let offers = invitations.flatMap(\.offers)
        var closed = 0
        var shares: [String: ValueChainFigures.AlliedShare] = [:]
        for invitation in invitations {
            for offer in invitation.offers.sorted(by: { ($0.decidedAt ?? .distantPast) < ($1.decidedAt ?? .distantPast) })
            where offer.status == SupplierOfferRecord.Status.accepted.rawValue {
                guard let document = offer.impact else { continue }
                let impact = try JSONDecoder().decode(ProposalImpact.self, from: Data(document.utf8))
                if impact.closesSinglePoint { closed += 1 }
                let manufacturer = names[invitation.manufacturerID] ?? invitation.manufacturerID.uuidString
                for change in impact.alliedShare {
                    let key = manufacturer + "\u{0}" + change.item
                    let before = shares[key]?.before ?? change.before
                    shares[key] = .init(manufacturer: manufacturer, item: change.item, before: before, after: change.after)
                }
            }
        }
        var trials: [String: Int] = Dictionary(uniqueKeysWithValues: TrialRequestRecord.Status.allCases.map { ($0.rawValue, 0) })
        for request in try await TrialRequestModel.query(on: db).all() { trials[request.status, default: 0] += 1 }

        return ValueChainFigures(
            manufacturers: manufacturers.count, manufacturersWithEuropeanSuppliers: withEuropean,
            registeredSuppliers: try await SupplierRegisterService.all(on: db).count,
            invitations: invitations.count, offers: offers.count,
            acceptedOffers: offers.filter { $0.status == SupplierOfferRecord.Status.accepted.rawValue }.count,
            singlePointsClosed: closed,
            alliedShare: shares.values.sorted { ($0.manufacturer, $0.item) < ($1.manufacturer, $1.item) },
            capabilities: try await CapabilityModel.query(on: db).count(),
            trialRequests: trials)
    }
}

/// Only the supplier names of a stored product-data document. The figures need nothing else,
/// and decoding whole documents (items, bills of materials, stock) for every manufacturer on
/// every dashboard view was most of the dashboard's server time.
private struct PurchaseSuppliers: Decodable {
    struct Source: Decodable { var supplier: String }
    var purchaseSources: [Source]
}
