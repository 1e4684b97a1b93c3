import BWUDomain
import Fluent
import Foundation

/// Applications from draft to decision: the manufacturer's edits and the three ministries' reviews.
public struct ApplicationService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func create(programmeID: UUID, content: ApplicationContent, actor: Actor) async throws -> ApplicationRecord {
        try actor.require(.manufacturer, to: "drafting an application")
        try content.validateLimits()
        return try await context.audited(by: actor) { db, log in
            guard let programme = try await ProgrammeModel.find(programmeID, on: db) else {
                throw DomainError.invalid("programmeId", "no such programme")
            }
            try Self.checkCurrency(content, programme: programme)
            let application = ApplicationModel(programmeID: programmeID, organisationID: actor.organisationID)
            application.id = UUID()
            application.apply(content)
            try await application.create(on: db)
            try await Self.replaceChildren(of: application, with: content, on: db)
            log.record("application.drafted", "application", try application.requireID(), Self.summary(content))
            return try await Self.load(try application.requireID(), on: db)
        }
    }

    /// Replaces the content of a draft (or of an application sent back for changes).
    public func update(_ id: UUID, content: ApplicationContent, actor: Actor) async throws -> ApplicationRecord {
        try actor.require(.manufacturer, to: "editing an application")
        try content.validateLimits()
        return try await context.audited(by: actor) { db, log in
            let application = try await Self.ownApplication(id, actor: actor, on: db)
            guard application.statusValue.isEditable else {
                throw DomainError.conflict("an application in status '\(application.status)' cannot be edited", field: "status")
            }
            try Self.checkCurrency(content, programme: try await application.$programme.get(on: db))
            application.apply(content)
            try await application.update(on: db)
            try await Self.replaceChildren(of: application, with: content, on: db)
            log.record("application.edited", "application", id, Self.summary(content))
            return try await Self.load(id, on: db)
        }
    }

    /// Sends the application to the three ministries, opening a new review round.
    public func submit(_ id: UUID, actor: Actor) async throws -> ApplicationRecord {
        try actor.require(.manufacturer, to: "submitting an application")
        return try await context.audited(by: actor) { db, log in
            let application = try await Self.ownApplication(id, actor: actor, on: db)
            let current = try await Self.load(id, on: db)
            application.status = try ApplicationWorkflow.submit(from: current.status).rawValue
            try current.content.validateForSubmission()
            application.round = current.round + 1
            try await application.update(on: db)
            log.record("application.submitted", "application", id, ["round": String(application.round)])
            return try await Self.load(id, on: db)
        }
    }

    /// Records a ministry's verdict and moves the application on when the round is decided.
    public func review(_ id: UUID, verdict: ReviewVerdict, reason: String, actor: Actor) async throws -> ApplicationRecord {
        try actor.require(.reviewer, to: "reviewing an application")
        guard let remit = actor.remit else { throw DomainError.forbidden("a reviewer needs a ministry remit") }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError.invalid("reason", "a review needs a reason")
        }
        return try await context.audited(by: actor) { db, log in
            guard let application = try await ApplicationModel.find(id, on: db), Self.canSee(application, actor) else {
                throw DomainError.notFound("application")
            }
            let current = try await Self.load(id, on: db)
            var verdicts = current.currentVerdicts
            try ApplicationWorkflow.checkReviewAllowed(status: current.status, remit: remit, existing: verdicts)
            try await ReviewModel(applicationID: id, round: current.round, remit: remit, verdict: verdict,
                                  reason: reason, reviewerID: actor.userID).create(on: db)
            verdicts[remit] = verdict
            let next = ApplicationWorkflow.outcome(of: verdicts)
            log.record("application.reviewed", "application", id, [
                "round": String(current.round), "remit": remit.rawValue, "verdict": verdict.rawValue, "reason": reason,
            ])
            if next != current.status {
                application.status = next.rawValue
                try await application.update(on: db)
                log.record("application.\(next.rawValue)", "application", id, ["round": String(current.round)])
            }
            return try await Self.load(id, on: db)
        }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> ApplicationRecord {
        try Self.requireReader(actor)
        guard let application = try await ApplicationModel.find(id, on: context.database), Self.canSee(application, actor) else {
            throw DomainError.notFound("application")
        }
        return try await Self.load(id, on: context.database)
    }

    public func list(actor: Actor, status: ApplicationStatus?, page: PageRequest) async throws -> ListPage<ApplicationRecord> {
        try Self.requireReader(actor)
        let query = ApplicationModel.query(on: context.database)
        if actor.has(.manufacturer) {
            query.filter(\.$organisation.$id == actor.organisationID)
        } else {
            query.filter(\.$round > 0)
        }
        if let status { query.filter(\.$status == status.rawValue) }
        let total = try await query.count()
        let rows = try await query.with(\.$productLines).with(\.$milestones).with(\.$reviews)
            .sort(\.$createdAt, .descending).sort(\.$id).range(page.range).all()
        return ListPage(items: try rows.map { try $0.record() }, page: page, total: total)
    }

    // MARK: - Scope

    static func requireReader(_ actor: Actor) throws {
        try actor.require(.manufacturer, .reviewer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading applications")
    }

    /// Manufacturers see their own organisation's applications, drafts included. Everyone else
    /// who reads applications (reviewers, programme, finance, audit, admin) sees every
    /// application once it has been submitted: a draft is the manufacturer's own business.
    static func canSee(_ application: ApplicationModel, _ actor: Actor) -> Bool {
        if actor.has(.manufacturer) { return application.$organisation.id == actor.organisationID }
        return application.round > 0
    }

    static func ownApplication(_ id: UUID, actor: Actor, on db: any Database) async throws -> ApplicationModel {
        guard let application = try await ApplicationModel.find(id, on: db),
              application.$organisation.id == actor.organisationID
        else { throw DomainError.notFound("application") }
        return application
    }

    static func load(_ id: UUID, on db: any Database) async throws -> ApplicationRecord {
        guard let application = try await ApplicationModel.query(on: db).filter(\.$id == id)
            .with(\.$productLines).with(\.$milestones).with(\.$reviews).first()
        else { throw DomainError.notFound("application") }
        return try application.record()
    }

    private static func checkCurrency(_ content: ApplicationContent, programme: ProgrammeModel) throws {
        guard content.requestedAmount.currency.code == programme.currency else {
            throw DomainError.invalid("requestedAmount.currency", "the programme is kept in \(programme.currency)")
        }
    }

    private static func replaceChildren(of application: ApplicationModel, with content: ApplicationContent, on db: any Database) async throws {
        let id = try application.requireID()
        try await ProductLineModel.query(on: db).filter(\.$application.$id == id).delete()
        try await ApplicationMilestoneModel.query(on: db).filter(\.$application.$id == id).delete()
        for (index, line) in content.productLines.enumerated() {
            try await ProductLineModel(applicationID: id, line: index, productLine: line).create(on: db)
        }
        for (index, plan) in content.milestones.enumerated() {
            try await ApplicationMilestoneModel(applicationID: id, sequence: index + 1, plan: plan).create(on: db)
        }
    }

    private static func summary(_ content: ApplicationContent) -> [String: String] {
        [
            "title": content.title, "requested": content.requestedAmount.decimalString,
            "currency": content.requestedAmount.currency.code, "municipality": content.municipality,
            "productLines": content.productLines.map { "\($0.name) (\($0.category))" }.joined(separator: "; "),
            "milestones": String(content.milestones.count),
        ]
    }
}
