import BWUPlanChecks
import BWUPlanning
import Testing

extension PlanChecker {
    /// Records a test issue unless the checker calls the plan feasible.
    static func expectFeasible(_ model: PlanningModel, _ plan: PlanResult, _ label: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verdict = try verify([(model, plan)])[0]
        #expect(verdict.feasible, "\(label): \(verdict.errors)", sourceLocation: sourceLocation)
    }
}
