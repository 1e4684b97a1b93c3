import BWUPlanning
import Foundation
import Testing
@testable import BWUResilience

@Suite("Scenario files are decoded strictly")
struct ScenarioFileTests {
    /// Decodes `scenario` (one scenario object) against the facility-loss model and returns the error.
    func refusal(_ scenario: String, format: String = "bwu-scenarios/1") -> ScenarioError? {
        let json = #"{"format": "\#(format)", "scenarios": [\#(scenario)]}"#
        do {
            _ = try ScenarioFile.decode(from: Data(json.utf8), model: Fixtures.facilityLoss())
            return nil
        } catch {
            return error
        }
    }

    @Test("unknown fields are refused with their JSON path", arguments: [
        (#"{"id": "a", "cutCapacity": [{"resource": "DK1-LINE", "percentage": 50}]}"#, "$.scenarios[0].cutCapacity[0].percentage"),
        (#"{"id": "a", "removeSupplier": ["SE-METAL"]}"#, "$.scenarios[0].removeSupplier"),
        (#"{"id": "a", "addDemands": [{"id": "X", "item": "FUSE", "qty": 1, "due": 2, "dueDate": 3}]}"#, "$.scenarios[0].addDemands[0].dueDate"),
        (#"{"id": "a", "lengthenLeadTimes": [{"supplier": "SE-METAL", "by": 1, "weeks": 2}]}"#, "$.scenarios[0].lengthenLeadTimes[0].weeks"),
    ])
    func unknownField(scenario: String, path: String) throws {
        let error = try #require(refusal(scenario))
        #expect(error.path == path)
        #expect(error.reason.contains("unknown field"))
    }

    @Test("references the model lacks are named", arguments: [
        (#"{"id": "a", "removeSources": ["BUY-NOTHING"]}"#, "$.scenarios[0].removeSources[0]", "BUY-NOTHING"),
        (#"{"id": "a", "removeSuppliers": ["XX-NONE"]}"#, "$.scenarios[0].removeSuppliers[0]", "XX-NONE"),
        (#"{"id": "a", "removeLocations": ["SE"]}"#, "$.scenarios[0].removeLocations[0]", "SE"),
        (#"{"id": "a", "cutCapacity": [{"resource": "NOPE", "percent": 10}]}"#, "$.scenarios[0].cutCapacity[0].resource", "NOPE"),
        (#"{"id": "a", "lengthenLeadTimes": [{"item": "GHOST", "by": 1}]}"#, "$.scenarios[0].lengthenLeadTimes[0].item", "GHOST"),
        (#"{"id": "a", "addDemands": [{"id": "X", "item": "GHOST", "qty": 1, "due": 2}]}"#, "$.scenarios[0].addDemands[0].item", "GHOST"),
    ])
    func badReference(scenario: String, path: String, name: String) throws {
        let error = try #require(refusal(scenario))
        #expect(error.path == path)
        #expect(error.reason.contains(name))
    }

    @Test("bad values are refused with their path", arguments: [
        (#"{"id": "a", "cutCapacity": [{"resource": "DK1-LINE", "percent": 150}]}"#, "$.scenarios[0].cutCapacity[0].percent"),
        (#"{"id": "a", "cutCapacity": [{"resource": "DK1-LINE", "percent": 10, "from": 12}]}"#, "$.scenarios[0].cutCapacity[0].from"),
        (#"{"id": "a", "lengthenLeadTimes": [{"supplier": "SE-METAL", "country": "SE", "by": 1}]}"#, "$.scenarios[0].lengthenLeadTimes[0]"),
        (#"{"id": "a", "lengthenLeadTimes": [{"supplier": "SE-METAL", "by": 0}]}"#, "$.scenarios[0].lengthenLeadTimes[0].by"),
        (#"{"id": "a", "addDemands": [{"id": "D-SHELL", "item": "SHELL", "qty": 1, "due": 2}]}"#, "$.scenarios[0].addDemands[0].id"),
        (#"{"id": "a", "cutCapacity": [{"resource": "DK1-LINE", "percent": "half"}]}"#, "$.scenarios[0].cutCapacity[0].percent"),
        (#"{"cutCapacity": []}"#, "$.scenarios[0].id"),
    ])
    func badValue(scenario: String, path: String) throws {
        let error = try #require(refusal(scenario))
        #expect(error.path == path)
    }

    @Test("a duplicate scenario id, a wrong format and malformed JSON are refused")
    func fileLevel() throws {
        #expect(refusal(#"{"id": "a"}, {"id": "a"}"#)?.path == "$.scenarios[1].id")
        #expect(refusal(#"{"id": "a"}"#, format: "bwu-scenarios/2")?.path == "$.format")
        #expect(throws: ScenarioError.self) { try ScenarioFile.decode(from: Data("{".utf8), model: Fixtures.facilityLoss()) }
    }
}
