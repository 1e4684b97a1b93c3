import BWUDomain
import Fluent
import Foundation

/// Invitations from manufacturers to suppliers, and the suppliers' offers. A supplier sees
/// only invitations addressed to it (and so only its own offers); a manufacturer sees its own.
public struct SupplierInvitationService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A manufacturer invites a registered supplier to offer one of its items.
    public func invite(supplierID: UUID, itemCode: String, message: String, actor: Actor) async throws -> SupplierInvitationRecord {
        try actor.require(.manufacturer, to: "inviting a supplier")
        try ProductionScope.requireText(message, "message", limit: 2000)
        let data = try await ProductDataService.load(actor.organisationID, on: context.database)
        guard let item = data.items.first(where: { $0.code == itemCode }) else {
            throw DomainError.invalid("itemCode", "'\(itemCode)' is not an item of your product data")
        }
        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            guard let supplier = try await OrganisationModel.find(supplierID, on: db), supplier.kind == OrganisationKind.supplier.rawValue else {
                throw DomainError.invalid("supplierId", "no such registered supplier")
            }
            let pending = try await SupplierInvitationModel.query(on: db)
                .filter(\.$manufacturerID == actor.organisationID).filter(\.$supplierID == supplierID).filter(\.$itemCode == itemCode)
                .filter(\.$status ~~ [SupplierInvitationRecord.Status.open.rawValue, SupplierInvitationRecord.Status.offered.rawValue]).first()
            if pending != nil { throw DomainError.conflict("this supplier already has an open invitation for \(itemCode)", field: "itemCode") }
            let invitation = SupplierInvitationModel()
            invitation.id = UUID()
            invitation.manufacturerID = actor.organisationID
            invitation.supplierID = supplierID
            invitation.itemCode = item.code
            invitation.itemName = item.name
            invitation.message = message
            invitation.status = SupplierInvitationRecord.Status.open.rawValue
            invitation.createdBy = actor.userID
            invitation.createdAt = now
            try await invitation.create(on: db)
            log.record("supplier-invitation.created", "supplier-invitation", try invitation.requireID(), [
                "manufacturer": actor.organisationID.uuidString, "supplier": supplierID.uuidString, "item": item.code,
            ])
            return try SupplierInvitationRecord(id: invitation.requireID(), manufacturerID: invitation.manufacturerID, supplierID: supplierID,
                                                itemCode: item.code, itemName: item.name, message: message, status: .open, createdAt: now, offers: [])
        }
    }

    /// The invitations the actor may see, newest first.
    public func list(actor: Actor) async throws -> [SupplierInvitationRecord] {
        try Self.requireReader(actor)
        let query = SupplierInvitationModel.query(on: context.database).with(\.$offers)
        if !actor.seesAllOrganisations {
            if actor.has(.supplier) { query.filter(\.$supplierID == actor.organisationID) } else { query.filter(\.$manufacturerID == actor.organisationID) }
        }
        return try await query.sort(\.$createdAt, .descending).sort(\.$id).all().map { try $0.record() }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> SupplierInvitationRecord {
        try await Self.visible(id, actor: actor, on: context.database).record()
    }

    /// The supplier answers an open invitation with an offer.
    public func offer(invitationID: UUID, terms: OfferTerms, actor: Actor) async throws -> SupplierInvitationRecord {
        try actor.require(.supplier, to: "making an offer")
        let today = ProductionScope.today(context)
        try SupplierOfferRules.validateTerms(unitPrice: terms.unitPrice, capacityPerWeek: terms.capacityPerWeek, leadTimeWeeks: terms.leadTimeWeeks,
                                             minLot: terms.minLot, validUntil: terms.validUntil, today: today)
        guard terms.note.count <= 2000 else { throw DomainError.invalid("note", "at most 2000 characters") }
        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            let invitation = try await Self.visible(invitationID, actor: actor, on: db)
            try SupplierOfferRules.canOffer(try invitation.record())
            let offer = SupplierOfferModel()
            offer.id = UUID()
            offer.$invitation.id = try invitation.requireID()
            offer.unitPriceMinor = terms.unitPrice.minorUnits
            offer.currency = terms.unitPrice.currency.code
            offer.capacityPerWeek = terms.capacityPerWeek
            offer.leadTimeWeeks = terms.leadTimeWeeks
            offer.minLot = terms.minLot
            offer.validUntil = terms.validUntil.description
            offer.status = SupplierOfferRecord.Status.submitted.rawValue
            offer.note = terms.note
            offer.submittedBy = actor.userID
            offer.submittedAt = now
            try await offer.create(on: db)
            invitation.status = SupplierInvitationRecord.Status.offered.rawValue
            try await invitation.save(on: db)
            log.record("supplier-offer.submitted", "supplier-offer", try offer.requireID(), [
                "invitation": invitationID.uuidString, "unitPrice": terms.unitPrice.decimalString, "currency": terms.unitPrice.currency.code,
                "capacityPerWeek": String(terms.capacityPerWeek), "leadTimeWeeks": String(terms.leadTimeWeeks),
                "validUntil": terms.validUntil.description,
            ])
            return try await Self.reload(invitationID, on: db)
        }
    }

    /// The supplier declines to offer.
    public func decline(invitationID: UUID, reason: String, actor: Actor) async throws -> SupplierInvitationRecord {
        try actor.require(.supplier, to: "declining an invitation")
        try ProductionScope.requireText(reason, "reason", limit: 2000)
        return try await context.audited(by: actor) { db, log in
            let invitation = try await Self.visible(invitationID, actor: actor, on: db)
            guard invitation.status == SupplierInvitationRecord.Status.open.rawValue else {
                throw DomainError.conflict("the invitation is \(invitation.status); only an open invitation can be declined")
            }
            invitation.status = SupplierInvitationRecord.Status.declined.rawValue
            try await invitation.save(on: db)
            log.record("supplier-invitation.declined", "supplier-invitation", invitationID, ["reason": reason])
            return try await Self.reload(invitationID, on: db)
        }
    }

    static func requireReader(_ actor: Actor) throws {
        try actor.require(.manufacturer, .supplier, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading supplier invitations")
    }

    /// The invitation if the actor may see it; otherwise "not found", so its existence is not revealed.
    static func visible(_ id: UUID, actor: Actor, on db: any Database) async throws -> SupplierInvitationModel {
        try requireReader(actor)
        guard let invitation = try await SupplierInvitationModel.query(on: db).filter(\.$id == id).with(\.$offers).first() else {
            throw DomainError.notFound("invitation")
        }
        let mine = actor.has(.supplier) ? invitation.supplierID == actor.organisationID : invitation.manufacturerID == actor.organisationID
        guard actor.seesAllOrganisations || mine else { throw DomainError.notFound("invitation") }
        return invitation
    }

    static func reload(_ id: UUID, on db: any Database) async throws -> SupplierInvitationRecord {
        guard let invitation = try await SupplierInvitationModel.query(on: db).filter(\.$id == id).with(\.$offers).first() else {
            throw DomainError.notFound("invitation")
        }
        return try invitation.record()
    }
}

/// What a supplier offers.
public struct OfferTerms: Sendable {
    public var unitPrice: Money
    public var capacityPerWeek: Double
    public var leadTimeWeeks: Int
    public var minLot: Double
    public var validUntil: CalendarDate
    public var note: String

    public init(unitPrice: Money, capacityPerWeek: Double, leadTimeWeeks: Int, minLot: Double, validUntil: CalendarDate, note: String) {
        self.unitPrice = unitPrice
        self.capacityPerWeek = capacityPerWeek
        self.leadTimeWeeks = leadTimeWeeks
        self.minLot = minLot
        self.validUntil = validUntil
        self.note = note
    }
}
