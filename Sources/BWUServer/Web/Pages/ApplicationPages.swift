import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Listing, reading, drafting, editing and submitting applications.
enum ApplicationPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let status = try req.query[String.self, at: "status"].flatMap { $0.isEmpty ? nil : $0 }
            .map { (text: String) throws -> ApplicationStatus in try parseEnum(text, field: "status") }
        let page = try await ApplicationService(req.services).list(
            actor: actor, status: status, page: try PageRequest(page: 1, size: PageRequest.maximumSize))
        let model = ApplicationsModel(applications: page.items, total: page.total, status: status,
                                      organisationNames: try await PageData.organisationNames(req))
        return WebResponse.html(ApplicationsPage.render(req.pageContext(), model))
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let application = try await ApplicationService(req.services).get(try req.id("application", "application"), actor: actor)
        return try await detailPage(req, actor: actor, application: application, review: ReviewFormState())
    }

    /// Also used to show a refused review again, with what the reviewer typed.
    static func detailPage(
        _ req: Request, actor: Actor, application: ApplicationRecord, review: ReviewFormState, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let history: [HistoryEntry]
        if actor.hasAny(.auditor, .admin, .programmeOfficer) {
            history = HistoryEntry.fromAudit(try await PageData.allAuditEntries(req, actor: actor, entityID: application.id.uuidString, action: nil))
        } else {
            history = HistoryEntry.derived(from: application, req.language)
        }
        var available: Money?
        if actor.has(.programmeOfficer), application.status == .approved {
            available = try await ProgrammeService(req.services).get(application.programmeID).balances.available
        }
        var grantID: UUID?
        if application.status == .granted, actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            grantID = try await GrantService(req.services).list(actor: actor, page: try PageRequest(page: 1, size: PageRequest.maximumSize))
                .items.first { $0.applicationID == application.id }?.id
        }
        let names = try await PageData.organisationNames(req)
        let model = ApplicationDetailModel(
            application: application, organisationName: names[application.organisationID] ?? "", history: history,
            review: review, available: available, grantID: grantID)
        return WebResponse.html(ApplicationDetailPage.render(req.pageContext(), model), status: status)
    }

    @Sendable static func newForm(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        try actor.require(.manufacturer, to: "drafting an application")
        let programme = try await currentProgramme(req)
        var values = ApplicationFormValues()
        values.productLines = [.init()]
        values.milestones = [.init()]
        let model = ApplicationFormModel(applicationID: nil, currency: programme.currency, values: values)
        return WebResponse.html(ApplicationFormPage.render(req.pageContext(), model))
    }

    @Sendable static func editForm(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        try actor.require(.manufacturer, to: "editing an application")
        let application = try await ApplicationService(req.services).get(try req.id("application", "application"), actor: actor)
        guard application.status.isEditable else {
            throw DomainError.conflict("an application in status '\(application.status.rawValue)' cannot be edited", field: "status")
        }
        let model = ApplicationFormModel(
            applicationID: application.id, currency: application.content.requestedAmount.currency,
            values: ApplicationFormValues(application.content))
        return WebResponse.html(ApplicationFormPage.render(req.pageContext(), model))
    }

    @Sendable static func create(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, to: "drafting an application")
        let programme = try await currentProgramme(req)
        return try await save(req, actor: actor, fields: fields, existing: nil, currency: programme.currency) { content in
            try await ApplicationService(req.services).create(programmeID: programme.id, content: content, actor: actor).id
        }
    }

    @Sendable static func update(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("application", "application")
        let current = try await ApplicationService(req.services).get(id, actor: actor)
        return try await save(req, actor: actor, fields: fields, existing: id, currency: current.content.requestedAmount.currency) { content in
            try await ApplicationService(req.services).update(id, content: content, actor: actor).id
        }
    }

    @Sendable static func submit(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        _ = try req.checkedForm()
        let id = try req.id("application", "application")
        do {
            _ = try await ApplicationService(req.services).submit(id, actor: actor)
            return WebResponse.redirect(.application(id), notice: .submitted)
        } catch let error as DomainError where error.kind == .invalid {
            // Show the content in the form with the reason next to the field at fault.
            let application = try await ApplicationService(req.services).get(id, actor: actor)
            return formPage(req, id: id, currency: application.content.requestedAmount.currency,
                            values: ApplicationFormValues(application.content), errors: fieldErrors(error, req.language))
        }
    }

    /// Saves (and with `intent=submit` also submits) the form; any refusal comes back as the
    /// same form with what was typed and the reason beside each field.
    private static func save(
        _ req: Request, actor: Actor, fields: [String: String], existing: UUID?, currency: CurrencyCode,
        store: (ApplicationContent) async throws -> UUID
    ) async throws -> Response {
        let values = ApplicationFormValues(fields: fields)
        let (content, errors) = values.content(currency: currency, req.language)
        guard let content else { return formPage(req, id: existing, currency: currency, values: values, errors: errors) }
        var id = existing
        do {
            id = try await store(content)
            guard fields["intent"] == "submit", let saved = id else { return WebResponse.redirect(.application(id!), notice: .saved) }
            _ = try await ApplicationService(req.services).submit(saved, actor: actor)
            return WebResponse.redirect(.application(saved), notice: .submitted)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return formPage(req, id: id, currency: currency, values: values, errors: fieldErrors(error, req.language))
        }
    }

    static func fieldErrors(_ error: DomainError, _ language: Language) -> [String: String] {
        [error.field ?? "form": language.reason(error)]
    }

    private static func formPage(
        _ req: Request, id: UUID?, currency: CurrencyCode, values: ApplicationFormValues, errors: [String: String]
    ) -> Response {
        let model = ApplicationFormModel(applicationID: id, currency: currency, values: values, errors: errors)
        return WebResponse.html(ApplicationFormPage.render(req.pageContext(), model), status: .unprocessableEntity)
    }

    /// The programme new applications go to: the demo and today's deployments run one.
    private static func currentProgramme(_ req: Request) async throws -> ProgrammeRecord {
        guard let programme = try await ProgrammeService(req.services).list().first else { throw DomainError.notFound("programme") }
        return programme
    }
}
