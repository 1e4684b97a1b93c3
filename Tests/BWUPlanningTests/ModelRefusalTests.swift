import BWUPlanChecks
import BWUPlanning
import Foundation
import Testing

/// Malformed models are refused with the JSON path of the problem and the reason.
@Suite("Refused models")
struct ModelRefusalTests {
    /// A valid model: one made item, one bought input, one demand.
    static let valid = """
        {"format":"bwu-plan/1","currency":"DKK","horizon":{"start":"2026-01-05","bucketDays":7,"buckets":4},
         "items":[{"id":"A"},{"id":"C","unit":"kg"}],
         "resources":[{"id":"R","location":"DK","capacity":[10,10,10,10]}],
         "operations":[{"id":"MAKE-A","item":"A","leadTime":1,"unitCost":5,"consumes":[{"item":"C","qty":2}],
                        "loads":[{"resource":"R","perUnit":1}]}],
         "purchases":[{"id":"BUY-C","item":"C","country":"PL","leadTime":1,"unitCost":1,"capacity":100}],
         "onHand":[{"item":"C","qty":3}],"receipts":[{"item":"C","bucket":1,"qty":5}],
         "demands":[{"id":"D1","item":"A","qty":5,"due":3,"priority":1,"value":2}],
         "budget":[1000]}
        """

    static func refusal(_ replace: String, with replacement: String) -> ModelError? {
        let text = valid.replacingOccurrences(of: replace, with: replacement)
        #expect(text != valid, "fixture did not change: \(replace)")
        do {
            _ = try PlanningModel.decode(from: Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("the valid fixture decodes and plans")
    func validModel() throws {
        let model = try PlanningModel.decode(from: Data(Self.valid.utf8))
        #expect(model.operations.first?.consumes.first?.qty == 2)
        #expect(model.resources.first?.capacity == .perBucket([10, 10, 10, 10]))
        let (_, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
    }

    @Test("unknown fields are refused, at any depth", arguments: [
        ("\"leadTime\":1,\"unitCost\":5", "\"leadtime\":1,\"unitCost\":5", "$.operations[0].leadtime"),
        ("\"budget\":[1000]", "\"budgets\":[1000]", "$.budgets"),
        ("{\"item\":\"C\",\"qty\":2}", "{\"item\":\"C\",\"qty\":2,\"scrap\":0.1}", "$.operations[0].consumes[0].scrap"),
    ])
    func unknownField(replace: String, with: String, path: String) {
        let error = Self.refusal(replace, with: with)
        #expect(error?.path == path)
        #expect(error?.reason.contains("unknown field") == true)
    }

    @Test("missing references are refused")
    func missingReference() {
        let error = Self.refusal("\"resource\":\"R\"", with: "\"resource\":\"R2\"")
        #expect(error == ModelError(path: "$.operations[0].loads[0].resource", reason: "unknown resource \"R2\""))
        let item = Self.refusal("\"id\":\"D1\",\"item\":\"A\"", with: "\"id\":\"D1\",\"item\":\"X\"")
        #expect(item == ModelError(path: "$.demands[0].item", reason: "unknown item \"X\""))
    }

    @Test("negative quantities are refused")
    func negativeQuantity() {
        let error = Self.refusal("\"qty\":5,\"due\"", with: "\"qty\":-5,\"due\"")
        #expect(error?.path == "$.demands[0].qty")
        #expect(error?.reason.hasPrefix("must be a finite number ≥ 0") == true)
        #expect(Self.refusal("\"perUnit\":1", with: "\"perUnit\":-1")?.path == "$.operations[0].loads[0].perUnit")
        #expect(Self.refusal("\"leadTime\":1,\"unitCost\":5", with: "\"leadTime\":-1,\"unitCost\":5")?.path == "$.operations[0].leadTime")
    }

    @Test("a cycle in the bill of materials is refused")
    func bomCycle() {
        // Add MAKE-C, which makes C from A, while A is made from C.
        let error = Self.refusal(
            "\"loads\":[{\"resource\":\"R\",\"perUnit\":1}]}]",
            with: "\"loads\":[{\"resource\":\"R\",\"perUnit\":1}]},{\"id\":\"MAKE-C\",\"item\":\"C\",\"consumes\":[{\"item\":\"A\",\"qty\":1}]}]")
        #expect(error == ModelError(path: "$.operations[1].consumes[0].item", reason: "bill of materials has a cycle: A → C → A"))
    }

    @Test("a capacity array must have one entry per bucket")
    func capacityLength() {
        let error = Self.refusal("[10,10,10,10]", with: "[10,10,10]")
        #expect(error == ModelError(path: "$.resources[0].capacity", reason: "array must have one entry per bucket (4), found 3"))
    }

    @Test("other refusals name the path", arguments: [
        ("\"id\":\"D1\"", "\"id\":\"\"", "$.demands[0].id"),
        ("{\"id\":\"C\",\"unit\":\"kg\"}", "{\"id\":\"A\",\"unit\":\"kg\"}", "$.items[1].id"),
        ("\"format\":\"bwu-plan/1\"", "\"format\":\"bwu-plan/2\"", "$.format"),
        ("\"buckets\":4", "\"buckets\":\"4\"", "$.horizon.buckets"),
        ("\"qty\":5,\"due\":3", "\"qty\":5", "$.demands[0].due"),
        ("\"bucket\":1", "\"bucket\":9", "$.receipts[0].bucket"),
        ("\"budget\":[1000]", "\"budget\":[1,2,3,4,5]", "$.budget"),
        ("\"due\":3", "\"due\":3.5", "$.demands[0].due"),
    ])
    func otherRefusals(replace: String, with: String, path: String) {
        #expect(Self.refusal(replace, with: with)?.path == path)
    }

    @Test("text that is not JSON is refused")
    func notJSON() {
        #expect(throws: ModelError.self) { try PlanningModel.decode(from: Data("{\"format\": ".utf8)) }
        #expect(throws: ModelError.self) { try PlanningModel.decode(from: Data((Self.valid + "}").utf8)) }
    }
}
