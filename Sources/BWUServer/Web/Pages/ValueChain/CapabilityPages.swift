import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// The capability catalogue: search, one capability, publishing, and the armed forces' trial requests.
enum CapabilityPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let typed = CapabilitySearch(
            text: (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces),
            category: req.query[String.self, at: "category"] ?? "", minimumReadiness: req.query[String.self, at: "minTrl"] ?? "",
            combatProvenOnly: req.query[String.self, at: "combatProven"] == "true")
        var errors: [String: String] = [:]
        var search = CapabilityService.Search(text: typed.text.isEmpty ? nil : typed.text, combatProvenOnly: typed.combatProvenOnly)
        if !typed.category.isEmpty {
            do { search.category = try MilitaryListCategory(typed.category, field: "category") } catch { errors["category"] = req.language(.errCategory) }
        }
        if !typed.minimumReadiness.isEmpty {
            if let level = Int(typed.minimumReadiness), (1...9).contains(level) { search.minimumReadiness = level } else {
                errors["minTrl"] = req.language(.errReadiness)
            }
        }
        var capabilities: [CapabilityRecord] = []
        if errors.isEmpty { capabilities = try await CapabilityService(req.services).search(search, actor: actor) }
        let model = CapabilitiesModel(search: typed, errors: errors, capabilities: capabilities,
                                      organisationNames: try await PageData.organisationNames(req))
        return WebResponse.html(CapabilitiesPage.render(req.pageContext(), model), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        try await page(req, id: try req.id("capability", "capability"))
    }

    static func page(_ req: Request, id: UUID, request: TypedForm = TypedForm(), status: HTTPResponseStatus = .ok) async throws -> Response {
        _ = try req.webActor()
        let capability = try await CapabilityService(req.services).get(id)
        let names = try await PageData.organisationNames(req)
        let model = CapabilityDetailModel(capability: capability, manufacturerName: names[capability.organisationID] ?? "", request: request)
        return WebResponse.html(CapabilityDetailPage.render(req.pageContext(), model), status: status)
    }

    @Sendable static func newForm(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        try actor.require(.manufacturer, to: "publishing a capability")
        return WebResponse.html(CapabilityFormPage.render(req.pageContext(), TypedForm(values: ["readinessLevel": "7"])))
    }

    @Sendable static func publish(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, to: "publishing a capability")
        let names = ["productLine", "category", "readinessLevel", "combatProven", "demonstrable", "description"]
        var form = TypedForm(values: Dictionary(uniqueKeysWithValues: names.map { ($0, fields[$0] ?? "") }))
        let category = try? MilitaryListCategory(form[value: "category"], field: "category")
        if category == nil { form.errors["category"] = req.language(.errCategory) }
        let level = Int(form[value: "readinessLevel"])
        if level == nil { form.errors["readinessLevel"] = req.language(.errReadiness) }
        if let category, let level {
            do {
                let capability = try await CapabilityService(req.services).publish(
                    productLine: form[value: "productLine"], category: category, readinessLevel: level,
                    combatProven: form[value: "combatProven"] == "true", demonstrable: form[value: "demonstrable"],
                    description: form[value: "description"], actor: actor)
                return WebResponse.redirect(.capability(capability.id), notice: .capabilityPublished)
            } catch let error as DomainError where error.kind == .invalid {
                form.errors[TypedForm.control(for: error.field ?? "productLine")] = req.language.reason(error)
            }
        }
        return WebResponse.html(CapabilityFormPage.render(req.pageContext(), form), status: .unprocessableEntity)
    }

    @Sendable static func requestTrial(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("capability", "capability")
        try actor.require(.customer, to: "requesting a trial")
        let kindText = fields["kind"] ?? "", purpose = fields["purpose"] ?? ""
        var form = TypedForm(values: ["kind": kindText, "purpose": purpose])
        do {
            let kind: TrialRequestRecord.Kind = try parseEnum(kindText, field: "kind")
            let request = try await TrialRequestService(req.services).request(capabilityID: id, kind: kind, purpose: purpose, actor: actor)
            return WebResponse.redirect(.trialRequest(request.id), notice: .trialRequested)
        } catch let error as DomainError where error.kind == .invalid {
            form.errors[error.field == "kind" ? "kind" : "purpose"] = req.language.reason(error)
        }
        return try await page(req, id: id, request: form, status: .unprocessableEntity)
    }
}
