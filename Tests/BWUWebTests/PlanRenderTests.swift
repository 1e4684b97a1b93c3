import BWUDomain
import BWUPlanning
import BWUResilience
@testable import BWUWeb
import Foundation
import Testing

/// Plan runs: the list and start form, a run's charts and causes, a comparison, and resilience.
@Suite struct PlanRenderTests {
    let plan = ProductionFixture.plan

    @Test func theFixturePlanIsLateOrShortSomewhere() {
        #expect(!plan.unmet.isEmpty, "the fixture must exercise the unmet table")
        let rows = DemandTimeline.rows(model: ProductionFixture.model, plan: plan)
        #expect(rows.map(\.demand.id) == ["D1", "D2"])
        let loads = ResourceLoad.compute(model: ProductionFixture.model, plan: plan)
        #expect(loads.count == 1)
        #expect(loads[0].load.allSatisfy { $0 <= 2 + 1e-9 }, "a feasible plan stays within capacity")
        #expect(abs(loads[0].load.reduce(0, +) - plan.operations.reduce(0) { $0 + $1.qty }) < 1e-9)
    }

    @Test(arguments: Language.allCases)
    func runDetailDrawsTimelineAndHeatMapWithTheNumbersAndCauses(_ language: Language) {
        let run = ProductionFixture.run(plan: plan)
        let earlier = ProductionFixture.run(minutesAgo: 30, plan: plan)
        let html = PlanRunDetailPage.render(Fixture.context(Fixture.actor(.manufacturer), language, path: "/plan-runs/\(run.id)"), PlanRunDetailModel(
            run: run, organisationName: "Dnipro", model: ProductionFixture.model, plan: plan, otherRuns: [earlier]))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("<a href=\"/plan-runs\" aria-current=\"page\">"))
        #expect(html.count(of: "<svg viewBox=") == 2, "timeline and heat map")
        #expect(html.count(of: "<details>") == 2, "each chart has its numbers one click away")
        #expect(html.contains("aria-labelledby=\"timeline-title timeline-desc\""))
        #expect(html.contains("aria-labelledby=\"load-title load-desc\""))
        #expect(html.contains("class=\"tl-due\""))
        #expect(html.contains("class=\"hm-4\""), "the line runs full in some week")
        #expect(html.contains("Reconnaissance UAV (UAV)"))
        #expect(html.contains("action=\"/plan-runs/\(run.id.uuidString)/comparison\""))
        #expect(html.contains("<option value=\"\(earlier.id.uuidString)\""))
        #expect(html.contains("href=\"/plan-runs/\(run.id.uuidString)/resilience\""))
        #expect(html.count(of: "<table>") == 3, "timeline numbers, load numbers and the unmet demands")
        let cause: [Language: String] = [.en: "has no capacity left in the week of", .da: "har ingen kapacitet tilbage i ugen fra",
                                         .uk: "не залишилося потужності на тижні з"]
        #expect(html.contains(cause[language]!) || html.contains(["en": "cannot be had", "da": "kan ikke skaffes", "uk": "неможливо отримати"][language.rawValue]!))
        #expect(!html.contains("{"), "every placeholder is filled")
    }

    @Test func aManufacturerWithoutProductDataIsToldWhyNothingIsPlanned() throws {
        let bare = PlanningModel(horizon: Horizon(start: "2026-09-21", buckets: 52), items: [Item(id: "TS-3", name: "Thermal sight")],
                                 demands: [Demand(id: "D1", customer: "Danish Armed Forces", item: "TS-3", qty: 50, due: 30)])
        let result = try Planner.plan(bare)
        let html = PlanRunDetailPage.render(Fixture.context(Fixture.actor(.programmeOfficer)), PlanRunDetailModel(
            run: ProductionFixture.run(plan: result), organisationName: "Lviv", model: bare, plan: result, otherRuns: []))
        #expect(html.contains("The input has no resources with a capacity."))
        #expect(html.contains("Thermal sight (TS-3) has no source, and its stock runs out by the week of 19 Apr 2027."))
        #expect(html.contains("Short 50"))
    }

    @Test func aRunStillPlanningShowsItsProgressAndAReloadLink() {
        let run = ProductionFixture.run(.running)
        let html = PlanRunDetailPage.render(Fixture.context(Fixture.actor(.programmeOfficer)), PlanRunDetailModel(
            run: run, organisationName: "Dnipro", model: ProductionFixture.model, plan: nil, otherRuns: []))
        #expect(html.contains("<progress max=\"100\" value=\"30\""))
        #expect(html.contains("<a href=\"/plan-runs/\(run.id.uuidString)\">Reload</a>"))
        #expect(!html.contains("<svg viewBox="))
    }

    @Test(arguments: [(Role.manufacturer, false), (.programmeOfficer, true), (.auditor, nil)] as [(Role, Bool?)])
    func listOffersTheStartFormToThoseWhoMayStartARun(_ role: Role, _ choosesManufacturer: Bool?) {
        let newer = ProductionFixture.run(plan: plan), older = ProductionFixture.run(minutesAgo: 60, plan: plan)
        let html = PlanRunsPage.render(Fixture.context(Fixture.actor(role), path: "/plan-runs"), PlanRunsModel(
            runs: [newer, older], organisationNames: [Fixture.manufacturerOrg: "Dnipro"],
            manufacturers: role == .programmeOfficer ? [(id: Fixture.manufacturerOrg, name: "Dnipro")] : []))
        #expect(html.contains("action=\"/plan-runs\"") == (choosesManufacturer != nil))
        #expect(html.contains("<select id=\"f-organisationId\"") == (choosesManufacturer == true))
        #expect(html.contains("href=\"/plan-runs/\(newer.id.uuidString)/comparison?with=\(older.id.uuidString)\""))
        #expect(html.count(of: "<tr>") == 3, "header and two runs")
    }

    @Test(arguments: Language.allCases)
    func comparisonShowsTheChangeInPointsAndTheCausesInWords(_ language: Language) {
        var relaxed = ProductionFixture.model
        relaxed.resources = [Resource(id: "ASSY", location: "DK", capacity: .uniform(20))]
        let after = try! Planner.plan(relaxed)
        let before = ProductionFixture.run(minutesAgo: 10, plan: plan), latest = ProductionFixture.run(plan: after)
        let change = PlanComparisonModel.Change(
            demand: "D2", onTimeBefore: 2, onTimeAfter: 30, lastDeliveryBefore: 9, lastDeliveryAfter: 4,
            causeBefore: .capacity(resource: "ASSY", bucket: 3), causeAfter: nil)
        let html = PlanComparisonPage.render(Fixture.context(Fixture.actor(.manufacturer), language), PlanComparisonModel(
            before: before, after: latest, organisationName: "Dnipro", beforeModel: ProductionFixture.model, afterModel: relaxed,
            beforeKPIs: plan.kpis, afterKPIs: after.kpis, changes: [change]))
        #expect(after.kpis.onTimeFill > plan.kpis.onTimeFill)
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        let points = Formatter(language).signedPoints(after.kpis.onTimeFill - plan.kpis.onTimeFill)
        #expect(points.hasPrefix("+"), "the on-time fill rose")
        #expect(html.contains(points))
        #expect(html.contains("2 → 30"))
        let words: [Language: String] = [.en: "ASSY has no capacity left in the week of 12 Oct 2026", .da: "ASSY har ingen kapacitet tilbage i ugen fra 12. okt. 2026",
                                         .uk: "У ASSY не залишилося потужності на тижні з 12.10.2026"]
        #expect(html.contains(words[language]!))
        #expect(html.contains("href=\"/plan-runs/\(before.id.uuidString)\""))
    }

    @Test(arguments: Language.allCases)
    func resilienceListsSinglePointsAndTheAlliedShare(_ language: Language) throws {
        let report = try ResilienceAnalyzer(model: ProductionFixture.model).report(options: ResilienceOptions(disruptionKinds: []))
        let html = PlanResiliencePage.render(Fixture.context(Fixture.actor(.auditor), language), PlanResilienceModel(
            run: ProductionFixture.run(plan: plan), organisationName: "Dnipro", model: ProductionFixture.model,
            singlePoints: report.singlePointsOfFailure, origin: report.origin))
        #expect(report.singlePointsOfFailure.contains { $0.item == "CAMERA" && $0.source == "supplier Camera Corp" })
        #expect(html.contains("Camera (CAMERA)"))
        #expect(html.contains("Camera Corp"))
        #expect(html.count(of: "<svg viewBox=") == 1)
        #expect(html.contains("class=\"tl-threshold\""))
        #expect(report.origin.items.first?.belowThreshold == true, "most of the value is a US camera")
        #expect(!html.contains("{"))
    }
}
