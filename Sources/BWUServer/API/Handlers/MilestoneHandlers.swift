import BWUDomain
import BWUPersistence
import Vapor

enum MilestoneHandlers {
    @Sendable static func listEvidence(_ req: Request) async throws -> Response {
        let records = try await MilestoneService(req.services).evidence(
            grantID: try req.id("grantId", "grant"), milestoneID: try req.id("milestoneId", "milestone"), actor: try req.actor())
        return try records.map(EvidenceDTO.init).response()
    }

    @Sendable static func submitEvidence(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "submitting evidence")
        let body = try req.decodeBody(EvidenceRequest.self)
        let record = try await MilestoneService(req.services).submitEvidence(
            grantID: try req.id("grantId", "grant"), milestoneID: try req.id("milestoneId", "milestone"),
            description: body.description, reference: body.reference, file: try body.evidenceFile(), actor: actor)
        return try EvidenceDTO(record).response(.created)
    }

    @Sendable static func verify(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.programmeOfficer, to: "verifying evidence")
        let body = try req.decodeBody(VerificationRequest.self)
        let decision: EvidenceDecision = try parseEnum(body.decision, field: "decision")
        let record = try await MilestoneService(req.services).decide(
            grantID: try req.id("grantId", "grant"), milestoneID: try req.id("milestoneId", "milestone"),
            decision: decision, reason: body.reason, actor: actor)
        return try MilestoneDTO(record).response()
    }

    /// Pays a verified milestone. Requires `Idempotency-Key`; a retry with the same key gets
    /// the first answer (same status and body) and pays nothing more.
    @Sendable static func disburse(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.financeOfficer, to: "disbursing a milestone")
        guard let key = req.headers.first(name: "Idempotency-Key"), !key.isEmpty, key.count <= 255 else {
            throw RequestBodyError(status: .badRequest, field: "Idempotency-Key",
                                   reason: "header required (1 to 255 characters) so a retried payment is never paid twice")
        }
        let result = try await MilestoneService(req.services).disburse(
            grantID: try req.id("grantId", "grant"), milestoneID: try req.id("milestoneId", "milestone"),
            idempotencyKey: key, actor: actor)
        let response = try DisbursementDTO(result.disbursement).response(.created)
        if result.replayed { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
        return response
    }

    @Sendable static func listDisbursements(_ req: Request) async throws -> Response {
        let grantID = try req.query[String.self, at: "grantId"].map { text in
            guard let id = UUID(uuidString: text) else { throw DomainError.invalid("grantId", "is not a UUID") }
            return id
        }
        let page = try await MilestoneService(req.services).disbursements(actor: try req.actor(), grantID: grantID, page: try req.pageRequest())
        return try PageDTO(page, map: DisbursementDTO.init).response()
    }
}
