import BWUDomain
import BWUPersistence
import Vapor

enum ProgrammeHandlers {
    @Sendable static func list(_ req: Request) async throws -> Response {
        _ = try req.actor()
        return try await ProgrammeService(req.services).list().map(ProgrammeDTO.init).response()
    }

    @Sendable static func create(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.admin, to: "creating a programme")
        let body = try req.decodeBody(ProgrammeRequest.self)
        let created = try await ProgrammeService(req.services).create(
            name: body.name, currency: try CurrencyCode(body.currency), actor: actor)
        return try ProgrammeDTO(created).response(.created, location: APIRoute.getProgramme.url(["programmeId": created.id.uuidString]))
    }

    @Sendable static func get(_ req: Request) async throws -> Response {
        _ = try req.actor()
        return try ProgrammeDTO(try await ProgrammeService(req.services).get(try req.id("programmeId", "programme"))).response()
    }

    @Sendable static func listFundingSources(_ req: Request) async throws -> Response {
        _ = try req.actor()
        let id = try req.id("programmeId", "programme")
        return try await ProgrammeService(req.services).fundingSources(programmeID: id).map(FundingSourceDTO.init).response()
    }

    @Sendable static func addFundingSource(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.programmeOfficer, .admin, to: "adding a funding source")
        let id = try req.id("programmeId", "programme")
        let body = try req.decodeBody(FundingSourceRequest.self)
        let source = try await ProgrammeService(req.services).addFundingSource(
            programmeID: id, donor: body.donor, legalBasis: body.legalBasis, amount: try body.amount.money(field: "amount"), actor: actor)
        return try FundingSourceDTO(source).response(.created)
    }

    @Sendable static func listTransactions(_ req: Request) async throws -> Response {
        let programmeID = try req.query[String.self, at: "programmeId"].map { text in
            guard let id = UUID(uuidString: text) else { throw DomainError.invalid("programmeId", "is not a UUID") }
            return id
        }
        let page = try await ProgrammeService(req.services).transactions(
            programmeID: programmeID, actor: try req.actor(), page: try req.pageRequest())
        return try PageDTO(page, map: LedgerTransactionDTO.init).response()
    }
}
