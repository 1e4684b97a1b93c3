import BWUDomain
import Fluent
import Foundation

/// A file attached to evidence, already size-checked by the caller.
public struct EvidenceFile: Sendable {
    public let name: String
    public let content: Data

    public init(name: String, content: Data) {
        self.name = name
        self.content = content
    }
}

/// Evidence, verification and payment of grant milestones.
public struct MilestoneService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func submitEvidence(
        grantID: UUID, milestoneID: UUID, description: String, reference: String?, file: EvidenceFile?, actor: Actor
    ) async throws -> EvidenceRecord {
        try actor.require(.manufacturer, to: "submitting evidence")
        guard !description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError.invalid("description", "must not be empty")
        }
        guard file != nil || !(reference ?? "").trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid("reference", "evidence needs a file or a document reference")
        }
        return try await context.audited(by: actor) { db, log in
            let (grant, milestone) = try await Self.milestone(grantID, milestoneID, actor: actor, on: db)
            guard grant.organisationID == actor.organisationID else { throw DomainError.notFound("grant") }
            try MilestoneRules.checkEvidenceSubmission(status: milestone.statusValue)
            let evidence = EvidenceModel()
            evidence.id = UUID()
            evidence.$milestone.id = milestoneID
            evidence.description = description
            evidence.reference = reference
            evidence.fileName = file?.name
            evidence.fileContent = file?.content
            evidence.fileSize = file?.content.count
            evidence.fileSHA256 = file.map { SHA256Hex.digest($0.content) }
            evidence.status = EvidenceRecord.Status.pending.rawValue
            evidence.submittedBy = actor.userID
            try await evidence.create(on: db)
            milestone.status = MilestoneStatus.evidenceSubmitted.rawValue
            try await milestone.update(on: db)
            log.record("milestone.evidence-submitted", "milestone", milestoneID, [
                "grant": grantID.uuidString, "evidence": try evidence.requireID().uuidString,
                "description": description, "reference": reference ?? "",
                "fileSha256": evidence.fileSHA256 ?? "",
            ])
            return try evidence.record()
        }
    }

    public func evidence(grantID: UUID, milestoneID: UUID, actor: Actor) async throws -> [EvidenceRecord] {
        try GrantService.requireReader(actor)
        _ = try await Self.milestone(grantID, milestoneID, actor: actor, on: context.database)
        return try await EvidenceModel.query(on: context.database).filter(\.$milestone.$id == milestoneID)
            .sort(\.$createdAt).all().map { try $0.record() }
    }

    /// A programme officer verifies or rejects the pending evidence of a milestone.
    public func decide(
        grantID: UUID, milestoneID: UUID, decision: EvidenceDecision, reason: String, actor: Actor
    ) async throws -> MilestoneRecord {
        try actor.require(.programmeOfficer, to: "verifying evidence")
        if decision == .reject, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError.invalid("reason", "a rejection needs a reason")
        }
        return try await context.audited(by: actor) { db, log in
            let (grant, milestone) = try await Self.milestone(grantID, milestoneID, actor: actor, on: db)
            guard let evidence = try await EvidenceModel.query(on: db).filter(\.$milestone.$id == milestoneID)
                .filter(\.$status == EvidenceRecord.Status.pending.rawValue).first()
            else {
                throw DomainError.conflict("there is no evidence awaiting a decision; the milestone is '\(milestone.status)'", field: "status")
            }
            let next = try MilestoneRules.decide(
                decision, status: milestone.statusValue, submittedBy: evidence.submittedBy, actor: actor.userID,
                deliveryLinked: milestone.deliveryUnits != nil)
            evidence.status = (decision == .verify ? EvidenceRecord.Status.verified : .rejected).rawValue
            evidence.decidedBy = actor.userID
            evidence.decisionReason = reason
            try await evidence.update(on: db)
            milestone.status = next.rawValue
            milestone.verifiedBy = decision == .verify ? actor.userID : nil
            try await milestone.update(on: db)
            log.record(decision == .verify ? "milestone.verified" : "milestone.evidence-rejected", "milestone", milestoneID, [
                "grant": grantID.uuidString, "evidence": try evidence.requireID().uuidString, "reason": reason,
            ])
            return try milestone.record(currency: grant.amount.currency)
        }
    }

    /// Pays a verified milestone.
    ///
    /// - Parameter idempotencyKey: the client's key for this request. A retry with the same key
    ///   returns the first result (`replayed` is true) instead of paying again; the same key for a
    ///   different milestone is refused.
    public func disburse(
        grantID: UUID, milestoneID: UUID, idempotencyKey: String, actor: Actor
    ) async throws -> (disbursement: DisbursementRecord, replayed: Bool) {
        try actor.require(.financeOfficer, to: "disbursing a milestone")
        let fingerprint = "disburse:\(grantID.uuidString):\(milestoneID.uuidString)"
        return try await context.audited(by: actor) { db, log in
            if let earlier = try await IdempotencyRecordModel.query(on: db)
                .filter(\.$userID == actor.userID).filter(\.$key == idempotencyKey).first() {
                guard earlier.requestFingerprint == fingerprint else {
                    throw DomainError.conflict("this Idempotency-Key was already used for a different request", field: "Idempotency-Key")
                }
                guard let first = try await DisbursementModel.find(earlier.resultID, on: db) else {
                    throw DomainError.notFound("disbursement")
                }
                return (try first.record(), true)
            }
            let (grant, milestone) = try await Self.milestone(grantID, milestoneID, actor: actor, on: db)
            try MilestoneRules.checkDisbursement(status: milestone.statusValue, verifiedBy: milestone.verifiedBy, actor: actor.userID)
            let amount = Money(minorUnits: milestone.amountMinor, currency: grant.amount.currency)
            let payment = try LedgerTransaction.transfer(
                .disbursement, amount, from: .committed(grant: grantID), to: .disbursed(grant: grantID),
                memo: "Milestone \(milestone.sequence) of '\(grant.title)': \(milestone.description)")
            let transactionID = try await Ledger.post(payment, programmeID: grant.programmeID, by: actor, at: context.now(), on: db)
            let disbursement = DisbursementModel()
            disbursement.id = UUID()
            disbursement.$grant.id = grantID
            disbursement.$milestone.id = milestoneID
            disbursement.organisationID = grant.organisationID
            disbursement.amountMinor = amount.minorUnits
            disbursement.currency = amount.currency.code
            disbursement.ledgerTransactionID = transactionID
            disbursement.disbursedBy = actor.userID
            disbursement.createdAt = context.now()
            try await disbursement.create(on: db)
            let disbursementID = try disbursement.requireID()
            milestone.status = MilestoneStatus.disbursed.rawValue
            milestone.disbursementID = disbursementID
            try await milestone.update(on: db)
            try await IdempotencyRecordModel(userID: actor.userID, key: idempotencyKey, requestFingerprint: fingerprint, resultID: disbursementID)
                .create(on: db)
            log.record("milestone.disbursed", "milestone", milestoneID, [
                "grant": grantID.uuidString, "disbursement": disbursementID.uuidString,
                "amount": amount.decimalString, "currency": amount.currency.code,
                "ledgerTransaction": transactionID.uuidString, "verifiedBy": milestone.verifiedBy?.uuidString ?? "",
            ])
            let statuses = try await MilestoneModel.query(on: db).filter(\.$grant.$id == grantID).all().map(\.statusValue)
            if MilestoneRules.grantStatus(milestones: statuses) == .completed {
                try await GrantModel.query(on: db).filter(\.$id == grantID).set(\.$status, to: GrantStatus.completed.rawValue).update()
                log.record("grant.completed", "grant", grantID)
            }
            return (try disbursement.record(), false)
        }
    }

    public func disbursements(actor: Actor, grantID: UUID?, page: PageRequest) async throws -> ListPage<DisbursementRecord> {
        try GrantService.requireReader(actor)
        let query = DisbursementModel.query(on: context.database)
        if !actor.seesAllOrganisations { query.filter(\.$organisationID == actor.organisationID) }
        if let grantID { query.filter(\.$grant.$id == grantID) }
        let total = try await query.count()
        let rows = try await query.sort(\.$createdAt, .descending).sort(\.$id).range(page.range).all()
        return ListPage(items: try rows.map { try $0.record() }, page: page, total: total)
    }

    public func disbursement(_ id: UUID, actor: Actor) async throws -> DisbursementRecord {
        try GrantService.requireReader(actor)
        guard let disbursement = try await DisbursementModel.find(id, on: context.database),
              actor.seesAllOrganisations || disbursement.organisationID == actor.organisationID
        else { throw DomainError.notFound("disbursement") }
        return try disbursement.record()
    }

    /// Loads a grant visible to the actor and one of its milestones.
    static func milestone(
        _ grantID: UUID, _ milestoneID: UUID, actor: Actor, on db: any Database
    ) async throws -> (GrantRecord, MilestoneModel) {
        let grant = try GrantService.visible(try await GrantService.load(grantID, on: db), actor)
        guard let milestone = try await MilestoneModel.query(on: db).filter(\.$id == milestoneID)
            .filter(\.$grant.$id == grantID).first()
        else { throw DomainError.notFound("milestone") }
        return (grant, milestone)
    }
}
