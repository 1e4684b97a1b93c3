import BWUDomain
import BWUPersistence
import Vapor

enum ApplicationHandlers {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let status: ApplicationStatus? = try req.query[String.self, at: "status"].map { try parseEnum($0, field: "status") }
        let page = try await ApplicationService(req.services).list(actor: try req.actor(), status: status, page: try req.pageRequest())
        return try PageDTO(page, map: ApplicationDTO.init).response()
    }

    @Sendable static func create(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "drafting an application")
        let body = try req.decodeBody(ApplicationRequest.self)
        guard let programmeID = body.programmeId else { throw DomainError.invalid("programmeId", "is required") }
        let created = try await ApplicationService(req.services).create(programmeID: programmeID, content: try body.content(), actor: actor)
        return try ApplicationDTO(created).response(.created, location: APIRoute.getApplication.url(["applicationId": created.id.uuidString]))
    }

    @Sendable static func get(_ req: Request) async throws -> Response {
        let record = try await ApplicationService(req.services).get(try req.id("applicationId", "application"), actor: try req.actor())
        return try ApplicationDTO(record).response()
    }

    @Sendable static func update(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "editing an application")
        let id = try req.id("applicationId", "application")
        let body = try req.decodeBody(ApplicationRequest.self)
        if body.programmeId != nil {
            throw DomainError.invalid("programmeId", "an application cannot move to another programme; leave the field out")
        }
        let record = try await ApplicationService(req.services).update(id, content: try body.content(), actor: actor)
        return try ApplicationDTO(record).response()
    }

    @Sendable static func submit(_ req: Request) async throws -> Response {
        let record = try await ApplicationService(req.services).submit(try req.id("applicationId", "application"), actor: try req.actor())
        return try ApplicationDTO(record).response()
    }

    @Sendable static func review(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.reviewer, to: "reviewing an application")
        let id = try req.id("applicationId", "application")
        let body = try req.decodeBody(ReviewRequest.self)
        let verdict: ReviewVerdict = try parseEnum(body.verdict, field: "verdict")
        let record = try await ApplicationService(req.services).review(id, verdict: verdict, reason: body.reason, actor: actor)
        return try ApplicationDTO(record).response(.created)
    }
}
