import BWUDomain
import BWUMatchmaking
import BWUPlanning
import Fluent
import Foundation

/// Proposes registered suppliers for a manufacturer's weak items (single-sourced, bought
/// outside the allied set, short in the latest plan run), each measured by re-planning.
public struct MatchmakingService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The proposals for a manufacturer: its own for a manufacturer, any one for the programme office.
    /// - Parameters:
    ///   - organisationID: the manufacturer; a manufacturer leaves it out.
    ///   - requiredClearance: the facility clearance a proposed supplier must hold to score well.
    public func proposals(organisationID: UUID?, requiredClearance: ClearanceLevel, actor: Actor) async throws -> MatchmakingReport {
        try actor.require(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading supplier proposals")
        let organisation = try await Self.manufacturer(organisationID, actor: actor, on: context.database)
        let db = context.database
        let model = try await PlanningModelBuilder.model(organisationID: organisation, today: ProductionScope.today(context), on: db)
        let data = try await ProductDataService.load(organisation, on: db)
        let suppliers = try await SupplierRegisterService.all(on: db).map { RegisteredSupplier(name: $0.name, profile: $0.profile) }
        let latest = try await Self.latestPlan(of: organisation, on: db)
        let matchmaker = Matchmaker(model: model, items: data.items, suppliers: suppliers, today: ProductionScope.today(context),
                                    requiredClearance: requiredClearance, options: .storedRuns)
        return try Self.planning { () throws(ModelError) in try matchmaker.report(latestPlan: latest) }
    }

    /// Runs planning on stored data. The data was checked when it was stored, so a model the
    /// planner refuses is a conflict in the stored data, reported with the engine's reason.
    static func planning<T>(_ body: () throws(ModelError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw DomainError.conflict("the stored product data cannot be planned: \(error)")
        }
    }

    /// The manufacturer a request is about: the actor's own organisation, or the named one for programme roles.
    static func manufacturer(_ organisationID: UUID?, actor: Actor, on db: any Database) async throws -> UUID {
        if actor.has(.manufacturer) {
            if let organisationID, organisationID != actor.organisationID { throw DomainError.notFound("manufacturer") }
            return actor.organisationID
        }
        guard let organisationID else { throw DomainError.invalid("organisationId", "say which manufacturer") }
        guard let found = try await OrganisationModel.find(organisationID, on: db), found.kind == OrganisationKind.manufacturer.rawValue else {
            throw DomainError.notFound("manufacturer")
        }
        return organisationID
    }

    /// The newest successful plan run of the manufacturer, with the model it planned.
    static func latestPlan(of organisation: UUID, on db: any Database) async throws -> (model: PlanningModel, plan: PlanResult)? {
        guard let run = try await PlanRunModel.query(on: db).filter(\.$organisationID == organisation)
            .filter(\.$status == PlanRunRecord.Status.succeeded.rawValue).sort(\.$createdAt, .descending).first(),
            let result = run.result
        else { return nil }
        return (try PlanningModel.decode(from: Data(run.model.utf8)), try JSONDecoder().decode(PlanResult.self, from: Data(result.utf8)))
    }
}
