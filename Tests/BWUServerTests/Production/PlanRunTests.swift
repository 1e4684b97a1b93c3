import BWUDomain
import BWUPlanChecks
import BWUPersistence
import BWUPlanning
import BWUServer
import Foundation
import Testing
import Vapor

/// Product data in and out, and plans run on the programme's own data.
@Suite struct PlanRunTests {
    @Test(arguments: TestDatabase.available)
    func aPlanRunPlansTheStoredDataAndRunsCanBeCompared(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: the demo has Dnipro's product data and an AFU demand for 200 UAVs
            let dnipro = try await api.signIn(Demo.dnipro)

            // Act: run, then add capacity and a second supplier's stock, and run again
            let first = try await Self.run(api, token: dnipro)
            #expect(first["status"] as? String == "succeeded", "\(first)")
            let documents = try await api.request(.GET, "/plan-runs/\(first["id"]!)/documents", token: dnipro).object
            let model = documents["model"] as! [String: Any], plan = documents["plan"] as! [String: Any]
            #expect((model["demands"] as? [[String: Any]])?.first?["qty"] as? Double == 140)
            let verdict = try PlanChecker.verify(json: [(JSONSerialization.data(withJSONObject: model), JSONSerialization.data(withJSONObject: plan))])[0]
            #expect(verdict.feasible, "\(verdict.errors)")
            // The snapshot re-planned as the server plans it gives the stored plan.
            let again = try Planner.plan(try PlanningModel.decode(from: JSONSerialization.data(withJSONObject: model)),
                                         options: .storedRuns)
            let stored = try JSONDecoder().decode(PlanResult.self, from: JSONSerialization.data(withJSONObject: plan))
            #expect(again == stored)

            var files = DemoProductData.files(today: CalendarDateShim.today)
            files["resources.csv"] = "code,location,capacity_per_week\nSKR-ASSY,DK,30\nSKR-TEST,DK,30\nUA-ASSY,UA,6\n"
            files["stock.csv"] = "item,qty\nMOTOR,30\nBATTERY,40\nCAMERA,60\nFLIGHT-CTRL,60\nAIRFRAME,60\n"
            let imported = try await api.request(.POST, "/product-data/import", token: dnipro, json: ["files": files])
            #expect(imported.status == .ok, "\(imported.body)")
            let second = try await Self.run(api, token: dnipro)
            let comparison = try await api.request(.GET, "/plan-runs/\(second["id"]!)/comparison?with=\(first["id"]!)", token: dnipro).object

            // Check: the comparison names what moved and by how much
            let before = (comparison["kpisBefore"] as! [String: Any])["onTimeFill"] as! Double
            let after = (comparison["kpisAfter"] as! [String: Any])["onTimeFill"] as! Double
            #expect(after >= before)
            #expect(abs((comparison["onTimeFillChange"] as! Double) - (after - before)) < 1e-9)
            if after > before { #expect(!(comparison["changes"] as! [[String: Any]]).isEmpty) }

            // Scope: another manufacturer cannot read the run
            let lviv = try await api.signIn(Demo.lviv)
            #expect(try await api.request(.GET, "/plan-runs/\(first["id"]!)", token: lviv).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anImportWithOneBadRowImportsNothingAndNamesTheRow(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let dnipro = try await api.signIn(Demo.dnipro)
            let before = try await api.request(.GET, "/product-data/files/operations.csv", token: dnipro).body

            var files = DemoProductData.files(today: CalendarDateShim.today)
            files["operations.csv"] = """
            code,item,location,lead_time_weeks,unit_cost,min_lot,lot_multiple
            MAKE-UAV@SKR,UAV-R1,DK,1,20000.00,0,0
            MAKE-UAV@UA,UAV-R1,UA,three,15000.00,5,5
            """
            files["items.csv"] = files["items.csv"]! + "\nNEW-ITEM,Something new,pcs,,,"
            let reply = try await api.request(.POST, "/product-data/import", token: dnipro, json: ["files": files])

            #expect(reply.status == .unprocessableEntity)
            let errors = reply.object["errors"] as? [[String: Any]] ?? []
            #expect(errors.contains { $0["field"] as? String == "operations.csv:3:lead_time_weeks" }, "\(reply.body)")
            let after = try await api.request(.GET, "/product-data/files/operations.csv", token: dnipro).body
            #expect(after == before)
            let items = try await api.request(.GET, "/product-data/files/items.csv", token: dnipro).body
            #expect(!items.contains("NEW-ITEM"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func aRunLeftUnfinishedByAStoppedServerIsMarkedFailedWhenTheServerStarts(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: one finished run, and one accepted by a server that stopped before planning it
            let dnipro = try await api.signIn(Demo.dnipro)
            let finished = try await Self.run(api, token: dnipro)
            let organisation = try #require(UUID(uuidString: finished["organisationId"] as? String ?? ""))
            let services = PlanRunService(ServiceContext(database: api.app.db))
            let stranded = try await services.start(organisationID: organisation, actor: .system)

            // Act: what `bwu serve` does on start
            let marked = try await services.failInterrupted()

            // Check: the stranded run says it failed and why; the finished one is untouched; the log has it
            #expect(marked == 1)
            let run = try await api.request(.GET, "/plan-runs/\(stranded.id)", token: dnipro).object
            #expect(run["status"] as? String == "failed")
            #expect((run["error"] as? String)?.contains("server stopped") == true, "\(run)")
            #expect(run["finishedAt"] != nil)
            let again = try await api.request(.GET, "/plan-runs/\(finished["id"]!)", token: dnipro).object
            #expect(again["status"] as? String == "succeeded")
            let auditor = try await api.signIn(Demo.auditor)
            let trail = try await api.request(.GET, "/audit/entries?entityId=\(stranded.id.uuidString)&size=10", token: auditor)
            #expect(Set(trail.items.compactMap { $0["action"] as? String }) == ["plan-run.started", "plan-run.interrupted"], "\(trail.body)")
            #expect(try await services.failInterrupted() == 0)
        }
    }

    @Test func exportedCSVImportsBackUnchanged() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = try await api.signIn(Demo.dnipro)
            var files: [String: String] = [:]
            for name in ["items.csv", "resources.csv", "operations.csv", "operation_inputs.csv", "operation_loads.csv",
                         "purchase_sources.csv", "stock.csv", "open_orders.csv"] {
                files[name] = try await api.request(.GET, "/product-data/files/\(name)", token: dnipro).body
            }
            let reimported = try await api.request(.POST, "/product-data/import", token: dnipro, json: ["files": files])
            #expect(reimported.status == .ok)
            for (name, content) in files {
                #expect(try await api.request(.GET, "/product-data/files/\(name)", token: dnipro).body == content)
            }
            #expect(files["items.csv"]!.contains("\"Reconnaissance UAV, fixed wing\""))
        }
    }

    @Test func theStoredDataRoundTripsThroughABwuPlanModel() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = try await api.signIn(Demo.dnipro)
            let operations = try await api.request(.GET, "/product-data/files/purchase_sources.csv", token: dnipro).body
            let model = try await api.request(.GET, "/product-data/model", token: dnipro)

            let reimported = try await api.request(.POST, "/product-data/model", token: dnipro, rawBody: model.body)

            #expect(reimported.status == .ok, "\(reimported.body)")
            #expect(reimported.headers.first(name: "Warning")?.contains("1 demands") == true)
            #expect(try await api.request(.GET, "/product-data/files/purchase_sources.csv", token: dnipro).body == operations)

            var broken = try JSONSerialization.jsonObject(with: Data(model.body.utf8)) as! [String: Any]
            var items = broken["items"] as! [[String: Any]]
            items[1]["colour"] = "green"
            broken["items"] = items
            let refused = try await api.request(.POST, "/product-data/model", token: dnipro, json: broken)
            #expect(refused.status == .unprocessableEntity)
            #expect((refused.object["errors"] as? [[String: Any]])?.first?["field"] as? String == "$.items[1].colour", "\(refused.body)")
        }
    }

    /// Starts a run and waits (bounded) for it to finish.
    static func run(_ api: TestAPI, token: String) async throws -> [String: Any] {
        let started = try await api.request(.POST, "/plan-runs", token: token, json: [String: Any]())
        #expect(started.status == .accepted, "\(started.body)")
        let id = started.object["id"] as! String
        for _ in 0..<300 {
            let run = try await api.request(.GET, "/plan-runs/\(id)", token: token).object
            if let status = run["status"] as? String, status == "succeeded" || status == "failed" { return run }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestSetupError("plan run \(id) did not finish")
    }
}

enum CalendarDateShim {
    /// The pinned test day (see `pinnedNow`).
    static var today: BWUDomainCalendarDate { BWUDomainCalendarDate(utc: pinnedNow) }
}

import BWUDomain
typealias BWUDomainCalendarDate = BWUDomain.CalendarDate
