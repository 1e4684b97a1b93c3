import BWUDomain
import BWUPersistence
import BWUPlanning
import Fluent
import Vapor

enum PlanningHandlers {
    @Sendable static func importProductData(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "importing product data")
        let body = try req.decodeBody(ProductDataImportRequest.self)
        let data = try await ProductDataService(req.services).importCSV(files: body.files, actor: actor)
        return try ProductDataSummaryDTO(data).response()
    }

    /// Replaces the product data with the supply side of a bwu-plan/1 model sent as the body.
    @Sendable static func importModel(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "importing product data")
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            throw RequestBodyError(status: .badRequest, field: nil, reason: "send a bwu-plan/1 model as the JSON body")
        }
        let model: PlanningModel
        do {
            model = try PlanningModel.decode(from: Data(buffer.readableBytesView))
        } catch {
            throw RequestBodyError(status: .unprocessableEntity, field: error.path, reason: error.reason)
        }
        let result = try await ProductDataService(req.services).importModel(model, actor: actor)
        let response = try ProductDataSummaryDTO(result.data).response()
        if result.ignoredDemands > 0 {
            // Demands come from the armed-forces customers in bwu, not from a manufacturer's file.
            response.headers.add(name: "Warning", value: "299 bwu \"\(result.ignoredDemands) demands in the model were not imported\"")
        }
        return response
    }

    /// One file of the stored product data as CSV (`items.csv`, …).
    @Sendable static func exportProductData(_ req: Request) async throws -> Response {
        let file = req.parameters.get("file") ?? ""
        guard ProductData.files.contains(where: { $0.name == file }) else { throw DomainError.notFound("product data file") }
        let data = try await ProductDataService(req.services).data(organisationID: try organisation(req), actor: try req.actor())
        let response = Response(status: .ok, body: .init(string: data.csvFiles()[file] ?? ""))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: file)
        return response
    }

    /// The stored data as a bwu-plan/1 model: what a plan run would plan now.
    @Sendable static func model(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        let organisation = try organisation(req) ?? actor.organisationID
        _ = try await ProductDataService(req.services).data(organisationID: organisation, actor: actor)
        let model = try await PlanningModelBuilder.model(
            organisationID: organisation, today: CalendarDate(utc: req.services.now()), on: req.db)
        let response = Response(status: .ok, body: .init(data: model.encoded()))
        response.headers.contentType = .json
        return response
    }

    @Sendable static func startRun(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, .programmeOfficer, to: "starting a plan run")
        let body = try req.decodeBody(PlanRunRequest.self)
        let service = PlanRunService(req.services)
        let run = try await service.start(organisationID: body.organisationId, actor: actor)
        // The run outlives the request: plan on the application's database, not the request's.
        let background = PlanRunService(ServiceContext(database: req.application.db, now: req.services.now))
        Task.detached { await background.execute(run.id) }
        return try PlanRunDTO(run).response(.accepted, location: APIRoute.getPlanRun.url(["planRunId": run.id.uuidString]))
    }

    @Sendable static func listRuns(_ req: Request) async throws -> Response {
        try await PlanRunService(req.services).list(actor: try req.actor()).map(PlanRunDTO.init).response()
    }

    @Sendable static func getRun(_ req: Request) async throws -> Response {
        try PlanRunDTO(try await PlanRunService(req.services).get(try req.id("planRunId", "plan run"), actor: try req.actor())).response()
    }

    /// The run's stored input model and plan, as one JSON object `{"model": …, "plan": …}`.
    @Sendable static func runDocuments(_ req: Request) async throws -> Response {
        let documents = try await PlanRunService(req.services).documents(try req.id("planRunId", "plan run"), actor: try req.actor())
        let response = Response(status: .ok, body: .init(string: "{\"model\":\(documents.model),\"plan\":\(documents.plan ?? "null")}"))
        response.headers.contentType = .json
        return response
    }

    @Sendable static func compareRuns(_ req: Request) async throws -> Response {
        let after = try req.id("planRunId", "plan run")
        guard let text = req.query[String.self, at: "with"], let before = UUID(uuidString: text) else {
            throw DomainError.invalid("with", "give the id of the run to compare with")
        }
        let comparison = try await PlanRunService(req.services).compare(before, after, actor: try req.actor())
        return try PlanComparisonDTO(before: before, after: after, comparison).response()
    }

    private static func organisation(_ req: Request) throws -> UUID? {
        try req.query[String.self, at: "organisationId"].map { text in
            guard let id = UUID(uuidString: text) else { throw DomainError.invalid("organisationId", "is not a UUID") }
            return id
        }
    }
}
