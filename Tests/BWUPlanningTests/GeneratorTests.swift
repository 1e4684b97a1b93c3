import BWUPlanning
import Testing

@Suite("Model generator")
struct GeneratorTests {
    @Test("a generated model has the promised shape", arguments: ModelGenerator.Profile.allCases)
    func shape(profile: ModelGenerator.Profile) {
        let model = ModelGenerator(endItems: 60, buckets: 52, seed: 7, profile: profile).generate()
        #expect(model.validationErrors().isEmpty)
        #expect(Set(model.resources.compactMap(\.location)) == ["DK", "UA"])
        // Shared sub-assemblies: some input is consumed by more than one operation.
        var users: [String: Int] = [:]
        for op in model.operations { for input in op.consumes { users[input.item, default: 0] += 1 } }
        #expect(users.values.contains { $0 > 1 })
        // Dual and single sourcing, several countries, including a non-allied one.
        var sourcesPerItem: [String: Int] = [:]
        for buy in model.purchases { sourcesPerItem[buy.item, default: 0] += 1 }
        #expect(sourcesPerItem.values.contains(1) && sourcesPerItem.values.contains { $0 > 1 })
        #expect(Set(model.purchases.compactMap(\.country)).count > 4)
        #expect(model.budget != nil)
        #expect(Set(model.demands.map(\.priority)) == [1, 2, 3])
    }

    @Test("different seeds give different models")
    func seeds() {
        let a = ModelGenerator(endItems: 20, seed: 1).generate(), b = ModelGenerator(endItems: 20, seed: 2).generate()
        #expect(a != b)
    }
}
