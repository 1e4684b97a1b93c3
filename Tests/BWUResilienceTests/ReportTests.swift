import BWUPlanning
import Foundation
import Testing
@testable import BWUResilience

@Suite("Report output")
struct ReportTests {
    @Test("the JSON report round-trips and carries its format name")
    func json() throws {
        let report = try ResilienceAnalyzer(model: Fixtures.facilityLoss()).report()

        let data = report.encoded()
        let decoded = try JSONDecoder().decode(ResilienceReport.self, from: data)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        #expect(decoded == report)
        #expect(object["format"] as? String == "bwu-resilience/1")
        #expect(Set(object.keys) == ["format", "baseline", "singlePointsOfFailure", "origin", "disruptions", "whatIfs", "run"])
    }

    @Test("the terminal report names the worst disruption and its reason")
    func text() throws {
        let report = try ResilienceAnalyzer(model: Fixtures.singleSourced()).report()

        let text = report.text()

        #expect(text.contains("MOTOR (only supplier PL-MOTORS)"))
        #expect(text.contains("MOTOR lost its only source (1 demand)"))
        #expect(text.contains("Origin of value (planned sources; allied: EU+EEA+UA)"))
    }
}
