import BWUDomain
import BWUPlanning
import Fluent
import Foundation

/// A plan run as the API shows it.
public struct PlanRunRecord: Sendable {
    public enum Status: String, Sendable { case queued, running, succeeded, failed }

    public let id: UUID
    public let organisationID: UUID
    public let status: Status
    public let progress: Int
    public let stage: String
    public let createdAt: Date
    public let finishedAt: Date?
    public let onTimeFill: Double?
    public let fill: Double?
    public let demands: Int
    public let unmet: Int
    public let error: String?
}

/// Plans a manufacturer's stored data in the background, keeping the input snapshot and the
/// result so runs can be compared.
public struct PlanRunService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Records a queued run with the model built from today's data. The caller then calls
    /// ``execute(_:)`` in the background.
    /// - Parameter organisationID: the manufacturer to plan; a manufacturer plans its own.
    public func start(organisationID: UUID?, actor: Actor) async throws -> PlanRunRecord {
        try actor.require(.manufacturer, .programmeOfficer, .admin, to: "starting a plan run")
        if actor.has(.manufacturer), let organisationID, organisationID != actor.organisationID {
            throw DomainError.invalid("organisationId", "a manufacturer plans its own organisation; leave the field out")
        }
        let organisation = actor.has(.manufacturer) ? actor.organisationID : organisationID
        guard let organisation else { throw DomainError.invalid("organisationId", "say which manufacturer to plan") }
        guard let target = try await OrganisationModel.find(organisation, on: context.database),
              target.kind == OrganisationKind.manufacturer.rawValue
        else { throw DomainError.invalid("organisationId", "no such manufacturer") }
        let model = try await PlanningModelBuilder.model(organisationID: organisation, today: ProductionScope.today(context), on: context.database)
        let snapshot = String(decoding: model.encoded(), as: UTF8.self)
        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            let run = PlanRunModel()
            run.id = UUID()
            run.organisationID = organisation
            run.status = PlanRunRecord.Status.queued.rawValue
            run.progress = 0
            run.stage = "queued"
            run.startedBy = actor.userID
            run.createdAt = now
            run.model = snapshot
            try await run.create(on: db)
            log.record("plan-run.started", "plan-run", try run.requireID(), [
                "organisation": organisation.uuidString, "demands": String(model.demands.count),
                "modelSha256": SHA256Hex.digest(snapshot),
            ])
            return try Self.record(run)
        }
    }

    /// Plans a queued run and stores the outcome; progress is visible to readers meanwhile.
    public func execute(_ id: UUID) async {
        let db = context.database
        do {
            guard let run = try await PlanRunModel.find(id, on: db) else { return }
            try await update(run, status: .running, progress: 10, stage: "reading the model")
            let model = try PlanningModel.decode(from: Data(run.model.utf8))
            try await update(run, status: .running, progress: 30, stage: "planning \(model.demands.count) demands")
            // A stored run is read by people and can take a little longer: plan thoroughly.
            let plan = try Planner.plan(model, options: .storedRuns)
            run.result = String(decoding: plan.encoded(), as: UTF8.self)
            run.onTimeFill = plan.kpis.onTimeFill
            run.fill = plan.kpis.fill
            run.finishedAt = context.now()
            try await update(run, status: .succeeded, progress: 100, stage: "done")
        } catch {
            guard let run = try? await PlanRunModel.find(id, on: db) else { return }
            run.error = "\(error)"
            run.finishedAt = context.now()
            try? await update(run, status: .failed, progress: 100, stage: "failed")
        }
    }

    /// Marks every run still queued or running as failed, saying why. Called when a server
    /// starts: runs are planned inside the process that accepted them, so a run left
    /// unfinished belongs to a process that has stopped and would otherwise stay `running`
    /// for good. Each one is recorded in the audit log as `plan-run.interrupted`.
    /// - Returns: how many runs were marked.
    @discardableResult
    public func failInterrupted() async throws -> Int {
        let now = context.now()
        return try await context.audited(by: .system) { db, log in
            let unfinished = try await PlanRunModel.query(on: db)
                .filter(\.$status ~~ [PlanRunRecord.Status.queued.rawValue, PlanRunRecord.Status.running.rawValue])
                .sort(\.$createdAt).sort(\.$id).all()
            for run in unfinished {
                let stage = run.stage
                run.status = PlanRunRecord.Status.failed.rawValue
                run.progress = 100
                run.stage = "failed"
                run.error = "the server stopped before this run finished (it was at: \(stage)); start a new run"
                run.finishedAt = now
                try await run.update(on: db)
                log.record("plan-run.interrupted", "plan-run", try run.requireID(), [
                    "organisation": run.organisationID.uuidString, "stage": stage,
                ])
            }
            return unfinished.count
        }
    }

    /// The run's organisation, found by exact name or id, for the command line.
    public func manufacturer(named nameOrID: String) async throws -> UUID {
        let query = OrganisationModel.query(on: context.database).filter(\.$kind == OrganisationKind.manufacturer.rawValue)
        if let id = UUID(uuidString: nameOrID) { query.filter(\.$id == id) } else { query.filter(\.$name == nameOrID) }
        guard let organisation = try await query.first() else {
            throw DomainError.invalid("--organisation", "no manufacturer named '\(nameOrID)'")
        }
        return try organisation.requireID()
    }

    public func get(_ id: UUID, actor: Actor) async throws -> PlanRunRecord {
        try Self.record(try await visible(id, actor: actor))
    }

    public func list(actor: Actor) async throws -> [PlanRunRecord] {
        try ProductionScope.requireProductionReader(actor)
        let query = PlanRunModel.query(on: context.database)
        if let organisation = ProductionScope.organisationFilter(actor) { query.filter(\.$organisationID == organisation) }
        return try await query.sort(\.$createdAt, .descending).sort(\.$id).range(..<100).all().map(Self.record)
    }

    /// The stored input model and plan (JSON) of a finished run.
    public func documents(_ id: UUID, actor: Actor) async throws -> (model: String, plan: String?) {
        let run = try await visible(id, actor: actor)
        return (run.model, run.result)
    }

    /// What changed from run `before` to run `after`.
    public func compare(_ before: UUID, _ after: UUID, actor: Actor) async throws -> PlanComparison {
        let first = try await visible(before, actor: actor), second = try await visible(after, actor: actor)
        guard let firstPlan = first.result, let secondPlan = second.result else {
            throw DomainError.conflict("both runs must have finished", field: "with")
        }
        return try PlanComparison(
            beforeModel: PlanningModel.decode(from: Data(first.model.utf8)), before: JSONDecoder().decode(PlanResult.self, from: Data(firstPlan.utf8)),
            afterModel: PlanningModel.decode(from: Data(second.model.utf8)), after: JSONDecoder().decode(PlanResult.self, from: Data(secondPlan.utf8)))
    }

    private func visible(_ id: UUID, actor: Actor) async throws -> PlanRunModel {
        try ProductionScope.requireProductionReader(actor)
        guard let run = try await PlanRunModel.find(id, on: context.database), ProductionScope.canSee(organisation: run.organisationID, actor) else {
            throw DomainError.notFound("plan run")
        }
        return run
    }

    private func update(_ run: PlanRunModel, status: PlanRunRecord.Status, progress: Int, stage: String) async throws {
        run.status = status.rawValue
        run.progress = progress
        run.stage = stage
        try await run.update(on: context.database)
    }

    static func record(_ run: PlanRunModel) throws -> PlanRunRecord {
        let plan = try run.result.map { try JSONDecoder().decode(PlanResult.self, from: Data($0.utf8)) }
        let demands = (try? PlanningModel.decode(from: Data(run.model.utf8)))?.demands.count ?? 0
        return PlanRunRecord(
            id: try run.requireID(), organisationID: run.organisationID, status: PlanRunRecord.Status(rawValue: run.status) ?? .failed,
            progress: run.progress, stage: run.stage, createdAt: run.createdAt ?? .distantPast, finishedAt: run.finishedAt,
            onTimeFill: run.onTimeFill, fill: run.fill, demands: demands, unmet: plan?.unmet.count ?? 0, error: run.error)
    }
}
