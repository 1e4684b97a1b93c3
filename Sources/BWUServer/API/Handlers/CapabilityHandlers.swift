import BWUDomain
import BWUPersistence
import Vapor

/// The capability catalogue and trial requests.
enum CapabilityHandlers {
    /// Search with `?q=` words, `?category=ML4`, `?minTrl=7`, `?combatProven=true`.
    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        let category = try req.query[String.self, at: "category"].map { try MilitaryListCategory($0, field: "category") }
        let minimum = try req.query[String.self, at: "minTrl"].map { text -> Int in
            guard let level = Int(text), (1...9).contains(level) else { throw DomainError.invalid("minTrl", "expected a level from 1 to 9") }
            return level
        }
        let proven = try req.query[String.self, at: "combatProven"].map { text -> Bool in
            guard let value = Bool(text) else { throw DomainError.invalid("combatProven", "expected true or false") }
            return value
        } ?? false
        let search = CapabilityService.Search(text: req.query[String.self, at: "q"], category: category, minimumReadiness: minimum, combatProvenOnly: proven)
        return try await CapabilityService(req.services).search(search, actor: actor).map(CapabilityDTO.init).response()
    }

    @Sendable static func publish(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "publishing a capability")
        let body = try req.decodeBody(CapabilityRequest.self)
        let capability = try await CapabilityService(req.services).publish(
            productLine: body.productLine, category: try MilitaryListCategory(body.category, field: "category"),
            readinessLevel: body.readinessLevel, combatProven: body.combatProven, demonstrable: body.demonstrable ?? "",
            description: body.description ?? "", actor: actor)
        return try CapabilityDTO(capability).response(.created, location: APIRoute.getCapability.url(["capabilityId": capability.id.uuidString]))
    }

    @Sendable static func get(_ req: Request) async throws -> Response {
        _ = try req.actor()
        return try CapabilityDTO(try await CapabilityService(req.services).get(try req.id("capabilityId", "capability"))).response()
    }

    @Sendable static func requestTrial(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.customer, to: "requesting a trial")
        let body = try req.decodeBody(TrialRequestRequest.self)
        let request = try await TrialRequestService(req.services).request(
            capabilityID: try req.id("capabilityId", "capability"), kind: try parseEnum(body.kind, field: "kind"), purpose: body.purpose, actor: actor)
        return try TrialRequestDTO(request).response(.created, location: APIRoute.getTrialRequest.url(["trialRequestId": request.id.uuidString]))
    }

    @Sendable static func listRequests(_ req: Request) async throws -> Response {
        try await TrialRequestService(req.services).list(actor: try req.actor()).map(TrialRequestDTO.init).response()
    }

    @Sendable static func getRequest(_ req: Request) async throws -> Response {
        try TrialRequestDTO(try await TrialRequestService(req.services).get(try req.id("trialRequestId", "trial request"), actor: try req.actor())).response()
    }

    @Sendable static func decide(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        let body = try req.decodeBody(TrialDecisionRequest.self)
        return try TrialRequestDTO(try await TrialRequestService(req.services).decide(
            try req.id("trialRequestId", "trial request"), approve: try body.approves(), reason: body.reason ?? "", actor: actor)).response()
    }

    @Sendable static func schedule(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        let body = try req.decodeBody(TrialScheduleRequest.self)
        return try TrialRequestDTO(try await TrialRequestService(req.services).schedule(
            try req.id("trialRequestId", "trial request"), on: try CalendarDate(body.date, field: "date"), actor: actor)).response()
    }

    @Sendable static func complete(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        let body = try req.decodeBody(TrialOutcomeRequest.self)
        return try TrialRequestDTO(try await TrialRequestService(req.services).complete(
            try req.id("trialRequestId", "trial request"), findings: body.findings, actor: actor)).response()
    }
}
