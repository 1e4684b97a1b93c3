import BWUDomain
import BWUPersistence
import Vapor

enum AuditHandlers {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let page = try await AuditService(req.services).entries(
            actor: try req.actor(), entityID: req.query[String.self, at: "entityId"],
            action: req.query[String.self, at: "action"], page: try req.pageRequest())
        return try PageDTO(page, map: AuditEntryDTO.init).response()
    }

    @Sendable static func verify(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.auditor, .admin, .programmeOfficer, to: "verifying the audit log")
        let result = try await AuditService(req.services).verify()
        return try AuditVerificationDTO(
            intact: result.break == nil, entriesChecked: result.checked,
            firstBreak: result.break?.description, brokenSequence: result.break?.sequence
        ).response()
    }
}
