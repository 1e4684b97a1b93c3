import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Trial requests: both parties' decisions, the date, and the findings.
enum TrialRequestPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let requests = try await TrialRequestService(req.services).list(actor: actor)
        let capabilities = try await CapabilityService(req.services).search(CapabilityService.Search(), actor: actor)
        let model = TrialRequestsModel(
            requests: requests, capabilityNames: Dictionary(capabilities.map { ($0.id, $0.productLine) }, uniquingKeysWith: { first, _ in first }),
            organisationNames: try await PageData.organisationNames(req))
        return WebResponse.html(TrialRequestsPage.render(req.pageContext(), model))
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        try await page(req, actor: try req.webActor(), id: try req.id("trial", "trial request"))
    }

    /// The request page, optionally with one refused form (`decision`, `schedule`, `outcome`) shown again.
    static func page(_ req: Request, actor: Actor, id: UUID, refusedForm: String? = nil, typed: TypedForm = TypedForm(),
                     status: HTTPResponseStatus = .ok) async throws -> Response {
        let request = try await TrialRequestService(req.services).get(id, actor: actor)
        let capability = try await CapabilityService(req.services).get(request.capabilityID)
        let names = try await PageData.organisationNames(req)
        let model = TrialRequestDetailModel(
            request: request, capabilityName: capability.productLine, requesterName: names[request.requesterOrganisationID] ?? "",
            manufacturerName: names[request.manufacturerID] ?? "", refusedForm: refusedForm, typed: typed)
        return WebResponse.html(TrialRequestDetailPage.render(req.pageContext(), model), status: status)
    }

    @Sendable static func decide(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("trial", "trial request")
        let reason = fields["reason"] ?? ""
        guard let decision = fields["decision"], decision == "approve" || decision == "decline" else {
            return try await page(req, actor: actor, id: id, refusedForm: "decision",
                                  typed: TypedForm(values: ["reason": reason], errors: ["form": req.language(.errRequired)]),
                                  status: .unprocessableEntity)
        }
        return try await change(req, actor: actor, id: id, form: "decision", typed: ["reason": reason], notice: .trialDecided) {
            _ = try await TrialRequestService(req.services).decide(id, approve: decision == "approve", reason: reason, actor: actor)
        }
    }

    @Sendable static func schedule(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("trial", "trial request")
        let text = fields["date"] ?? ""
        guard let date = try? CalendarDate(text, field: "date") else {
            return try await page(req, actor: actor, id: id, refusedForm: "schedule",
                                  typed: TypedForm(values: ["date": text], errors: ["date": req.language(.errDate)]),
                                  status: .unprocessableEntity)
        }
        return try await change(req, actor: actor, id: id, form: "schedule", typed: ["date": text], notice: .trialScheduled) {
            _ = try await TrialRequestService(req.services).schedule(id, on: date, actor: actor)
        }
    }

    @Sendable static func outcome(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("trial", "trial request")
        let findings = fields["findings"] ?? ""
        return try await change(req, actor: actor, id: id, form: "outcome", typed: ["findings": findings], notice: .trialCompleted) {
            _ = try await TrialRequestService(req.services).complete(id, findings: findings, actor: actor)
        }
    }

    /// Runs one step; a refused value comes back beside its field with what was typed.
    private static func change(_ req: Request, actor: Actor, id: UUID, form: String, typed: [String: String], notice: Notice,
                               _ step: () async throws -> Void) async throws -> Response {
        do {
            try await step()
            return WebResponse.redirect(.trialRequest(id), notice: notice)
        } catch let error as DomainError where error.kind == .invalid {
            let field = error.field.flatMap { typed[$0] == nil ? nil : $0 } ?? "form"
            return try await page(req, actor: actor, id: id, refusedForm: form,
                                  typed: TypedForm(values: typed, errors: [field: req.language.reason(error)]), status: .unprocessableEntity)
        }
    }
}
