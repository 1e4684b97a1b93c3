import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Grants and their milestones: evidence, verification and payment.
enum GrantPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let grants = try await GrantService(req.services).list(actor: actor, page: try PageRequest(page: 1, size: PageRequest.maximumSize))
        let model = GrantsModel(grants: grants.items, organisationNames: try await PageData.organisationNames(req))
        return WebResponse.html(GrantsPage.render(req.pageContext(), model))
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        return try await page(req, actor: actor, grantID: try req.id("grant", "grant"))
    }

    /// The grant page, optionally with one milestone's refused form shown again.
    static func page(
        _ req: Request, actor: Actor, grantID: UUID, milestoneID: UUID? = nil, errors: [String: String] = [:],
        typed: [String: String] = [:], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let grant = try await GrantService(req.services).get(grantID, actor: actor)
        var evidence: [UUID: [EvidenceRecord]] = [:]
        for milestone in grant.milestones {
            evidence[milestone.id] = try await MilestoneService(req.services).evidence(grantID: grant.id, milestoneID: milestone.id, actor: actor)
        }
        let disbursements = try await MilestoneService(req.services).disbursements(
            actor: actor, grantID: grant.id, page: try PageRequest(page: 1, size: PageRequest.maximumSize)).items
        let names = try await PageData.organisationNames(req)
        var model = GrantDetailModel(
            grant: grant, organisationName: names[grant.organisationID] ?? "", evidence: evidence, disbursements: disbursements,
            people: try await PageData.people(req, actor: actor, entityIDs: grant.milestones.map(\.id)))
        if let milestoneID {
            model.errors[milestoneID] = errors
            model.typed[milestoneID] = typed
        }
        for milestone in grant.milestones where milestone.status == .verified {
            model.paymentKeys[milestone.id] = UUID().uuidString
        }
        return WebResponse.html(GrantDetailPage.render(req.pageContext(), model), status: status)
    }

    struct EvidenceForm: Content {
        var csrf: String?
        var description: String?
        var reference: String?
        var file: File?
    }

    @Sendable static func submitEvidence(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let form = try req.content.decode(EvidenceForm.self, as: .formData)
        try req.requireCSRF(form.csrf)
        let grantID = try req.id("grant", "grant"), milestoneID = try req.id("milestone", "milestone")
        // A file input left empty still sends a part with no name and no bytes: that is no file.
        let file = form.file.flatMap { file -> EvidenceFile? in
            guard file.data.readableBytes > 0 else { return nil }
            return EvidenceFile(name: file.filename.isEmpty ? "evidence" : file.filename, content: Data(buffer: file.data))
        }
        let reference = form.reference?.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            _ = try await MilestoneService(req.services).submitEvidence(
                grantID: grantID, milestoneID: milestoneID, description: form.description ?? "",
                reference: reference?.isEmpty == false ? reference : nil, file: file, actor: actor)
            return WebResponse.redirect(.grant(grantID), notice: .evidenceSubmitted)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await page(req, actor: actor, grantID: grantID, milestoneID: milestoneID,
                                  errors: [error.field ?? "description": req.language.reason(error)],
                                  typed: ["description": form.description ?? "", "reference": form.reference ?? ""],
                                  status: httpStatus(for: error))
        }
    }

    @Sendable static func decide(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let grantID = try req.id("grant", "grant"), milestoneID = try req.id("milestone", "milestone")
        let decision: EvidenceDecision = try parseEnum(fields["decision"] ?? "", field: "decision")
        do {
            _ = try await MilestoneService(req.services).decide(
                grantID: grantID, milestoneID: milestoneID, decision: decision, reason: fields["reason"] ?? "", actor: actor)
            return WebResponse.redirect(.grant(grantID), notice: decision == .verify ? .verified : .rejected)
        } catch let error as DomainError where error.kind == .invalid {
            return try await page(req, actor: actor, grantID: grantID, milestoneID: milestoneID,
                                  errors: [error.field ?? "reason": req.language.reason(error)],
                                  typed: ["reason": fields["reason"] ?? ""], status: .unprocessableEntity)
        }
    }

    /// The form carries an idempotency key made when the page was drawn, so a double click or
    /// a resent form pays once; the service refuses the verifier (separation of duties).
    @Sendable static func disburse(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let grantID = try req.id("grant", "grant"), milestoneID = try req.id("milestone", "milestone")
        guard let key = fields["idempotencyKey"], !key.isEmpty, key.count <= 255 else {
            throw DomainError.invalid("idempotencyKey", "the payment form is missing its idempotency key; reload the page")
        }
        _ = try await MilestoneService(req.services).disburse(grantID: grantID, milestoneID: milestoneID, idempotencyKey: key, actor: actor)
        return WebResponse.redirect(.grant(grantID), notice: .disbursed)
    }
}
