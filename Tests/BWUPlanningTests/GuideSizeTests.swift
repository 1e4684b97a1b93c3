@testable import BWUPlanning
import Testing

/// `PlanningModel.lpGuideRows` counts the guide's LP from the model alone, so
/// that `bwu plan` and `bwu bench` can say beforehand when a model is too
/// large for the guide. It must count the rows `GuideLP` actually builds.
@Suite("LP guide size")
struct GuideSizeTests {
    @Test("the rows counted from the model are the rows of the LP the guide builds, with and without a budget",
          arguments: ModelGenerator.Profile.allCases)
    func rowsCountedBeforehand(profile: ModelGenerator.Profile) {
        let generated = ModelGenerator(endItems: 6, buckets: 10, seed: 3, profile: profile).generate()
        var withoutBudget = generated
        withoutBudget.budget = nil
        var emptyBudget = generated
        emptyBudget.budget = []
        for model in [generated, withoutBudget, emptyBudget] {
            let compiled = CompiledModel(model)
            let book = DeliveryBook(model: model, compiled: compiled)
            let lp = GuideLP(allocator: Allocator(compiled), book: book, priorityRank: book.priorityRank)
            #expect(lp.program.rowLower.count == model.lpGuideRows, "\(profile), budget \(String(describing: model.budget?.count))")
        }
    }
}
