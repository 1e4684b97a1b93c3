import BWUDomain
import BWUMatchmaking
import BWUPersistence
import BWUWeb
import Vapor

/// Invitations and offers: the supplier offers or declines, the manufacturer accepts or rejects.
enum InvitationPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let invitations = try await SupplierInvitationService(req.services).list(actor: actor)
        let model = InvitationsModel(invitations: invitations, organisationNames: try await PageData.organisationNames(req))
        return WebResponse.html(InvitationsPage.render(req.pageContext(), model))
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        try await page(req, actor: try req.webActor(), id: try req.id("invitation", "invitation"))
    }

    /// The invitation page, optionally with one refused form (`offer`, `decline`, `decision`) shown again.
    static func page(_ req: Request, actor: Actor, id: UUID, refusedForm: String? = nil, typed: TypedForm = TypedForm(),
                     status: HTTPResponseStatus = .ok) async throws -> Response {
        let service = SupplierInvitationService(req.services)
        let invitation = try await service.get(id, actor: actor)
        var impact: ProposalImpact?
        if let accepted = invitation.offers.first(where: { $0.status == .accepted }) {
            impact = try await service.impact(offerID: accepted.id, actor: actor)
        }
        let names = try await PageData.organisationNames(req)
        let model = InvitationDetailModel(
            invitation: invitation, manufacturerName: names[invitation.manufacturerID] ?? "", supplierName: names[invitation.supplierID] ?? "",
            impact: impact, refusedForm: refusedForm, typed: typed)
        return WebResponse.html(InvitationDetailPage.render(req.pageContext(), model), status: status)
    }

    @Sendable static func offer(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("invitation", "invitation")
        try actor.require(.supplier, to: "making an offer")
        let names = ["unitPrice", "capacityPerWeek", "leadTimeWeeks", "minLot", "validUntil", "note"]
        let values = Dictionary(uniqueKeysWithValues: names.map { ($0, (fields[$0] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) })
        let (terms, errors) = OfferTermsForm.read(values, req.language)
        var refused = TypedForm(values: values, errors: errors)
        if let terms {
            do {
                _ = try await SupplierInvitationService(req.services).offer(invitationID: id, terms: terms, actor: actor)
                return WebResponse.redirect(.invitation(id), notice: .offerMade)
            } catch let error as DomainError where error.kind == .invalid {
                refused.errors[TypedForm.control(for: error.field ?? "note")] = req.language.reason(error)
            }
        }
        return try await page(req, actor: actor, id: id, refusedForm: "offer", typed: refused, status: .unprocessableEntity)
    }

    @Sendable static func decline(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("invitation", "invitation")
        let reason = fields["reason"] ?? ""
        do {
            _ = try await SupplierInvitationService(req.services).decline(invitationID: id, reason: reason, actor: actor)
            return WebResponse.redirect(.invitation(id), notice: .invitationDeclined)
        } catch let error as DomainError where error.kind == .invalid {
            return try await page(req, actor: actor, id: id, refusedForm: "decline",
                                  typed: TypedForm(values: ["reason": reason], errors: ["reason": req.language.reason(error)]),
                                  status: .unprocessableEntity)
        }
    }

    /// The offer must belong to the invitation in the path, so a link can never decide another invitation's offer.
    @Sendable static func decide(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("invitation", "invitation"), offerID = try req.id("offer", "offer")
        let service = SupplierInvitationService(req.services)
        guard try await service.get(id, actor: actor).offers.contains(where: { $0.id == offerID }) else { throw DomainError.notFound("offer") }
        let reason = fields["reason"] ?? ""
        let accept: Bool
        switch fields["decision"] {
        case "accept": accept = true
        case "reject": accept = false
        default:
            return try await page(req, actor: actor, id: id, refusedForm: "decision",
                                  typed: TypedForm(values: ["reason": reason], errors: ["form": req.language(.errRequired)]),
                                  status: .unprocessableEntity)
        }
        do {
            _ = try await service.decide(offerID: offerID, accept: accept, reason: reason, actor: actor)
            return WebResponse.redirect(.invitation(id), notice: accept ? .offerAccepted : .offerRejected)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            // An expired offer is a conflict the manufacturer should read beside the buttons.
            let field = error.field == "reason" ? "reason" : "form"
            return try await page(req, actor: actor, id: id, refusedForm: "decision",
                                  typed: TypedForm(values: ["reason": reason], errors: [field: req.language.reason(error)]),
                                  status: httpStatus(for: error))
        }
    }
}

/// The offer form's text read into terms, or a reason for each field that could not be read.
enum OfferTermsForm {
    static func read(_ values: [String: String], _ t: Language) -> (OfferTerms?, [String: String]) {
        var errors: [String: String] = [:]
        let price = (try? Money.parse(values["unitPrice"] ?? "", currency: .dkk, field: "unitPrice")) ?? {
            errors["unitPrice"] = t(.errAmount)
            return Money.zero(.dkk)
        }()
        let capacity = number(values["capacityPerWeek"] ?? "") ?? { errors["capacityPerWeek"] = t(.errNumber); return 0 }()
        let lead = Int(values["leadTimeWeeks"] ?? "") ?? { errors["leadTimeWeeks"] = t(.errWholeNumber); return 0 }()
        let lotText = values["minLot"] ?? ""
        let lot = lotText.isEmpty ? 0 : number(lotText) ?? { errors["minLot"] = t(.errNumber); return 0 }()
        let until = (try? CalendarDate(values["validUntil"] ?? "", field: "validUntil")) ?? {
            errors["validUntil"] = t(.errDate)
            return CalendarDate(utc: Date(timeIntervalSince1970: 0))
        }()
        guard errors.isEmpty else { return (nil, errors) }
        return (OfferTerms(unitPrice: price, capacityPerWeek: capacity, leadTimeWeeks: lead, minLot: lot, validUntil: until,
                           note: values["note"] ?? ""), [:])
    }

    /// A quantity typed with a decimal point or comma.
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: ".")).flatMap { $0.isFinite ? $0 : nil }
    }
}
