import BWUDomain
import BWUPlanning
import BWUResilience
import Foundation

/// A supplier in the register, as matchmaking sees it.
public struct RegisteredSupplier: Sendable {
    public var name: String
    public var profile: SupplierProfile

    public init(name: String, profile: SupplierProfile) {
        self.name = name
        self.profile = profile
    }
}

/// Proposes registered suppliers for a manufacturer's items that are single-sourced, bought
/// outside the allied set, or short in the latest plan, and measures what each would change
/// by planning the model again with the supplier added as a source. Pure: no I/O.
public struct Matchmaker: Sendable {
    public let model: PlanningModel
    public let items: [ProductData.Item]
    public let suppliers: [RegisteredSupplier]
    public let allied: Set<String>
    public let today: CalendarDate
    public let requiredClearance: ClearanceLevel
    public let options: PlanOptions

    /// - Parameters:
    ///   - model: the manufacturer's bwu-plan/1 model (product data and open demands).
    ///   - items: the product data's items, for their category, CPV code and NSN.
    ///   - suppliers: the supplier register.
    ///   - allied: countries counted as allied (EU, EEA and Ukraine by default).
    ///   - requiredClearance: the facility clearance a new source must hold.
    ///   - options: the planner's passes for the model as it is and with each proposal.
    public init(model: PlanningModel, items: [ProductData.Item], suppliers: [RegisteredSupplier],
                allied: Set<String> = AlliedCountries.standard, today: CalendarDate, requiredClearance: ClearanceLevel = .none,
                options: PlanOptions = PlanOptions()) {
        self.model = model
        self.items = items
        self.suppliers = suppliers
        self.allied = allied
        self.today = today
        self.requiredClearance = requiredClearance
        self.options = options
    }

    /// Every item that needs another source, each with up to `limit` proposals, best first.
    /// - Parameter latestPlan: the newest stored plan run and the model it planned, for short items.
    /// - Throws: ``ModelError`` when the model breaks a rule of the format.
    public func report(latestPlan: (model: PlanningModel, plan: PlanResult)? = nil, limit: Int = 3) throws(ModelError) -> MatchmakingReport {
        let baseline = try Baseline(model: model, allied: allied, options: options)
        let needs = MatchNeed.needs(model: model, singlePoints: baseline.report.singlePointsOfFailure, allied: allied, latestPlan: latestPlan)
        let candidates = needs.indices.flatMap { n in
            let facts = self.facts(for: needs[n].item)
            let current = Set(model.purchases.filter { $0.item == needs[n].item }.compactMap(\.supplier))
            return suppliers.filter { !current.contains($0.name) }.compactMap { supplier in
                let reasons = SupplierFit.reasons(facts, supplier.profile, allied: allied, today: today)
                return reasons.isEmpty ? nil : (need: n, supplier: supplier, reasons: reasons)
            }
        }
        // Each candidate is one more planning run of the whole model, independent of the others.
        let impacts = Parallel.map(candidates.count) { k in
            Result { () throws(ModelError) in try self.impact(of: candidates[k].supplier, for: needs[candidates[k].need].item, baseline: baseline) }
        }
        var proposalsOf = [[SupplierProposal]](repeating: [], count: needs.count)
        for (candidate, impact) in zip(candidates, impacts) {
            proposalsOf[candidate.need].append(SupplierProposal(
                supplier: candidate.supplier.name, country: candidate.supplier.profile.country,
                score: candidate.reasons.reduce(0) { $0 + $1.points }, reasons: candidate.reasons, impact: try impact.get()))
        }
        var result: [ItemProposals] = []
        for (need, var proposals) in zip(needs, proposalsOf) {
            proposals.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                let gainA = a.impact.onTimeFillAfter - a.impact.onTimeFillBefore, gainB = b.impact.onTimeFillAfter - b.impact.onTimeFillBefore
                if gainA != gainB { return gainA > gainB }
                return a.supplier < b.supplier
            }
            result.append(ItemProposals(
                item: need.item, name: model.items.first { $0.id == need.item }?.name, reasons: need.reasons,
                currentSources: currentSources(of: need.item), proposals: Array(proposals.prefix(limit))))
        }
        return MatchmakingReport(onTimeFill: baseline.plan.kpis.onTimeFill,
                                 singlePoints: baseline.report.singlePointsOfFailure.map(\.item), items: result)
    }

    /// The model with `supplier` added as a purchase source of `item` on the given terms.
    public func adding(_ supplier: String, country: String, item: String, leadTime: Int, capacityPerWeek: Double, unitCost: Double) -> PlanningModel {
        var changed = model
        var id = "PROPOSED-\(item)@\(supplier)"
        while changed.purchases.contains(where: { $0.id == id }) { id += "'" }
        changed.purchases.append(Purchase(id: id, item: item, supplier: supplier, country: country, leadTime: leadTime,
                                          unitCost: unitCost, capacity: .uniform(capacityPerWeek), minLot: 0, lotMultiple: 0))
        return changed
    }

    private func impact(of supplier: RegisteredSupplier, for item: String, baseline: Baseline) throws(ModelError) -> ProposalImpact {
        let unitCost = referenceCost(of: item)
        let changed = adding(supplier.name, country: supplier.profile.country, item: item, leadTime: supplier.profile.typicalLeadTimeWeeks,
                             capacityPerWeek: supplier.profile.capacityPerWeek, unitCost: unitCost)
        return ProposalImpact(item: item, before: baseline, after: try Baseline(model: changed, allied: allied, options: options),
                              leadTime: supplier.profile.typicalLeadTimeWeeks, capacityPerWeek: supplier.profile.capacityPerWeek, unitCost: unitCost)
    }

    /// The unit cost of the item's cheapest purchase source, else of its cheapest operation, else 0.
    func referenceCost(of item: String) -> Double {
        model.purchases.filter { $0.item == item }.map(\.unitCost).min()
            ?? model.operations.filter { $0.item == item }.map(\.unitCost).min() ?? 0
    }

    private func currentSources(of item: String) -> [String] {
        let bought = model.purchases.filter { $0.item == item }.map { $0.supplier ?? $0.id }
        let made = Set(model.operations.filter { $0.item == item }.map { "location " + ($0.location ?? "?") })
        return bought + made.sorted()
    }

    private func facts(for item: String) -> SupplierFit.ItemFacts {
        let data = items.first { $0.code == item }
        // What the item needs per week is not known without exploding the bill of materials; the
        // weekly capacity its current purchase sources offer is the proxy a new source should match.
        let sources = model.purchases.filter { $0.item == item }
        let weekly = sources.compactMap { $0.capacity?.value(in: 0) }.reduce(0, +)
        return SupplierFit.ItemFacts(
            category: data?.category, cpv: data?.cpv.flatMap { try? CPVCode($0) }, nsn: data?.nsn.flatMap { try? NATOStockNumber($0) },
            weeklyNeed: max(1, weekly), currentLeadTime: sources.map(\.leadTime).min(), requiredClearance: requiredClearance)
    }
}

/// A model's plan and resilience figures (no disruption scenarios: those are not needed here).
struct Baseline {
    let plan: PlanResult
    let report: ResilienceReport

    init(model: PlanningModel, allied: Set<String>, options: PlanOptions) throws(ModelError) {
        let analyzer = try ResilienceAnalyzer(model: model, options: options)
        plan = analyzer.baseline
        report = try analyzer.report(options: ResilienceOptions(allied: allied, disruptionKinds: []))
    }
}
