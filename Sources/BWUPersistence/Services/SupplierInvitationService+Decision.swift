import BWUDomain
import BWUMatchmaking
import BWUPlanning
import Fluent
import Foundation

extension SupplierInvitationService {
    /// The manufacturer accepts or rejects a submitted offer. Accepting adds the supplier as a
    /// purchase source of the item to the manufacturer's product data, in the same audited
    /// transaction, and records what that changed (on-time fill, single points of failure,
    /// allied share) as measured by the planner. Rejecting reopens the invitation.
    public func decide(offerID: UUID, accept: Bool, reason: String, actor: Actor) async throws -> SupplierInvitationRecord {
        try actor.require(.manufacturer, to: "deciding an offer")
        if accept {
            guard reason.count <= 2000 else { throw DomainError.invalid("reason", "must be at most 2000 characters") }
        } else {
            try ProductionScope.requireText(reason, "reason", limit: 2000)
        }
        let db = context.database
        guard let offer = try await SupplierOfferModel.find(offerID, on: db) else { throw DomainError.notFound("offer") }
        let invitation = try await Self.decidable(offer, actor: actor, on: db)
        let today = ProductionScope.today(context)
        try SupplierOfferRules.canDecide(try offer.record(), of: try invitation.record(), accept: accept, today: today)

        // Measure outside the transaction: planning twice must not hold the audit lock.
        var measured: (source: ProductData.PurchaseSource, impact: String)?
        if accept {
            guard let supplier = try await OrganisationModel.find(invitation.supplierID, on: db) else { throw DomainError.notFound("supplier") }
            let data = try await ProductDataService.load(actor.organisationID, on: db)
            guard offer.currency == data.currency else {
                throw DomainError.conflict("the offer is priced in \(offer.currency) and the product data in \(data.currency); ask for an offer in \(data.currency)")
            }
            let country = (try? await SupplierRegisterService(context).profile(organisationID: invitation.supplierID).profile.country) ?? supplier.country
            let added = ProductData.PurchaseSource(
                code: Self.sourceCode(item: invitation.itemCode, supplier: supplier.name, taken: Set(data.purchaseSources.map(\.code))),
                item: invitation.itemCode, supplier: supplier.name, country: country, leadTimeWeeks: offer.leadTimeWeeks,
                unitCostMinor: offer.unitPriceMinor, capacityPerWeek: offer.capacityPerWeek, minLot: offer.minLot, lotMultiple: 0)
            let before = try await PlanningModelBuilder.model(organisationID: actor.organisationID, today: today, on: db)
            var after = before
            let purchase = PlanningModelBuilder.purchase(added)
            after.purchases.append(purchase)
            let impact = try MatchmakingService.planning { () throws(ModelError) in
                try ProposalImpact.measure(item: invitation.itemCode, before: before, after: after, source: purchase, options: .storedRuns)
            }
            measured = (added, try StoredDocument.text(impact))
        }
        let change = measured

        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            guard let offer = try await SupplierOfferModel.find(offerID, on: db) else { throw DomainError.notFound("offer") }
            let invitation = try await Self.decidable(offer, actor: actor, on: db)
            // Checked again under the audit lock: a concurrent decision may have come first.
            try SupplierOfferRules.canDecide(try offer.record(), of: try invitation.record(), accept: accept, today: today)
            offer.status = (accept ? SupplierOfferRecord.Status.accepted : .rejected).rawValue
            offer.decidedBy = actor.userID
            offer.decidedAt = now
            if let (source, impact) = change {
                let stored = try await ProductDataModel.query(on: db).filter(\.$organisationID == actor.organisationID).first() ?? ProductDataModel()
                var data = stored.id == nil ? ProductData.empty(.dkk) : try stored.data()
                data.purchaseSources.append(source)
                let document = try StoredDocument.text(data)
                stored.organisationID = actor.organisationID
                stored.document = document
                stored.updatedBy = actor.userID
                stored.updatedAt = now
                try await stored.save(on: db)
                offer.purchaseSourceCode = source.code
                offer.impact = impact
                log.record("product-data.source-added", "product-data", try stored.requireID(), [
                    "purchaseSource": source.code, "item": source.item, "supplier": source.supplier, "country": source.country,
                    "offer": offerID.uuidString, "documentSha256": SHA256Hex.digest(document),
                ])
            }
            try await offer.save(on: db)
            invitation.status = (accept ? SupplierInvitationRecord.Status.accepted : .open).rawValue
            try await invitation.save(on: db)
            log.record(accept ? "supplier-offer.accepted" : "supplier-offer.rejected", "supplier-offer", offerID, [
                "invitation": try invitation.requireID().uuidString, "reason": reason, "impact": change?.impact ?? "",
            ])
            return try await Self.reload(try invitation.requireID(), on: db)
        }
    }

    /// The invitation of an offer, if it is the actor's own organisation's to decide; others get "not found".
    static func decidable(_ offer: SupplierOfferModel, actor: Actor, on db: any Database) async throws -> SupplierInvitationModel {
        let invitation = try await visible(offer.$invitation.id, actor: actor, on: db)
        guard invitation.manufacturerID == actor.organisationID else { throw DomainError.notFound("offer") }
        return invitation
    }

    /// The impact recorded when an offer was accepted.
    public func impact(offerID: UUID, actor: Actor) async throws -> ProposalImpact? {
        guard let offer = try await SupplierOfferModel.find(offerID, on: context.database) else { throw DomainError.notFound("offer") }
        _ = try await Self.visible(offer.$invitation.id, actor: actor, on: context.database)
        return try offer.impact.map { try JSONDecoder().decode(ProposalImpact.self, from: Data($0.utf8)) }
    }

    /// `BUY-ITEM@SUPPLIER`, from the supplier's first word, made unique among the existing codes.
    static func sourceCode(item: String, supplier: String, taken: Set<String>) -> String {
        let word = supplier.split(separator: " ").first.map { String($0).uppercased().filter { $0.isLetter || $0.isNumber } } ?? "SUPPLIER"
        var code = "BUY-\(item)@\(word)", suffix = 2
        while taken.contains(code) { code = "BUY-\(item)@\(word)-\(suffix)"; suffix += 1 }
        return code
    }
}
