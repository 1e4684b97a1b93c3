/// The planning engine: turns a ``PlanningModel`` into a feasible ``PlanResult``.
///
/// Demands are served one at a time in order of priority, then due date
/// (then higher value, then model order). First every demand gets what can
/// reach it on time; only then, in the same order, are the remainders
/// delivered late inside the horizon, so that a late delivery never takes
/// capacity, material or money that an on-time delivery of any priority could use.
public enum Planner {
    /// Plans a model.
    ///
    /// - Parameter model: a `bwu-plan/1` model; it is validated first.
    /// - Returns: a feasible plan; the same model always gives the same plan.
    /// - Throws: ``ModelError`` when the model breaks a rule of the format.
    public static func plan(_ model: PlanningModel, options: PlanOptions = PlanOptions()) throws(ModelError) -> PlanResult {
        try planReportingGuide(model, options: options).plan
    }

    /// Plans a model as ``plan(_:options:)`` does, and says what the LP guide did.
    public static func planReportingGuide(
        _ model: PlanningModel, options: PlanOptions = PlanOptions()
    ) throws(ModelError) -> (plan: PlanResult, guide: GuideOutcome) {
        try model.validate()
        return planValidated(model, options: options)
    }

    /// Plans a model that has already passed ``PlanningModel/validate()``.
    ///
    /// On an overloaded model the highest priority's on-time pass is run
    /// twice from the same state (at every priority with
    /// ``PlanOptions/thorough``): with the usual ranking of sources and
    /// serving order, and with sources ranked and demands valued by clearing
    /// prices of capacity (``CompiledModel/withClearingPrices``). The one that
    /// serves that priority more on-time value is kept, and the next priority
    /// starts from it. The highest priority's demands left short by a
    /// resource first get the starts on it run ahead and are searched for
    /// again (`runAheadForShortDemands`). After the last priority, end-item
    /// production is run ahead and the supply below it run late, to free
    /// capacity for the demands still short (`runAheadAndServeAgain`). The
    /// late pass runs once, at the end.
    ///
    /// With ``PlanOptions/lpGuided`` an overloaded model small enough for the
    /// solver (``PlanningModel/fitsLPGuide``) is planned a second time around
    /// the LP relaxation's supply (``Run/placeGuideSkeleton(onIteration:)``),
    /// and that plan is kept when it is better by the spec's order of plans.
    static func planValidated(_ model: PlanningModel, options: PlanOptions = PlanOptions()) -> (plan: PlanResult, guide: GuideOutcome) {
        let compiled = CompiledModel(model)
        let order = servingOrder(model.demands, compiled, compiled.demandItem)
        var run = Run(model: model, compiled: compiled)
        run.serve(order, options: options)
        var outcome = GuideOutcome.notAsked
        if options.lpGuided {
            if compiled.repriced == nil {
                outcome = .notOverloaded
            } else if !model.fitsLPGuide {
                outcome = .tooLarge
            } else {
                var guided = Run(model: model, compiled: compiled)
                guided.serve(order, options: options, guided: true)
                let better = guided.book.servesMoreOnTime(than: run.book, priorities: model.demands.map(\.priority))
                outcome = !guided.guidePlaced ? .unsolved : better ? .kept : .notKept
                if better { run = guided }
            }
        }
        return (run.book.result(allocator: run.allocator), outcome)
    }

    /// One plan in progress: ledgers, deliveries and the memo of exhausted items.
    struct Run {
        var allocator: Allocator
        var book: DeliveryBook
        var exhausted: ExhaustedItems
        /// Whether the LP guide's skeleton was placed (its solve converged).
        var guidePlaced = false

        init(model: PlanningModel, compiled: CompiledModel) {
            allocator = Allocator(compiled)
            book = DeliveryBook(model: model, compiled: compiled)
            exhausted = ExhaustedItems(itemCount: compiled.itemIDs.count)
        }

        /// Every pass, in order: on time by priority (where the model is
        /// overloaded: two tries, and the highest priority's short demands
        /// then run ahead, ``runAheadForShortDemands(_:checkFirst:)``), run ahead and
        /// run late, then late deliveries.
        /// `guided`: after the highest priority, the supply the LP of what is
        /// left asks for is placed as a skeleton (``placeGuideSkeleton(onIteration:)``).
        mutating func serve(_ order: [Int], options: PlanOptions, guided: Bool = false) {
            let compiled = allocator.model
            guard let other = compiled.withClearingPrices else {
                serveOnTime(order[...])
                serveLate(order)
                return
            }
            let otherOrder = servingOrder(book.model.demands, other, compiled.demandItem)
            let priorities = book.model.demands.map(\.priority)
            var start = 0, otherStart = 0
            while start < order.count {
                let p = priorities[order[start]]
                var end = start, otherEnd = otherStart
                while end < order.count && priorities[order[end]] == p { end += 1 }
                while otherEnd < otherOrder.count && priorities[otherOrder[otherEnd]] == p { otherEnd += 1 }
                // The second try pays most at the highest priority: what it loses there nothing later gives back.
                var second: Run?
                if start == 0 || options.thorough {
                    second = self
                    second?.allocator.model = other
                    second?.serveOnTime(otherOrder[otherStart..<otherEnd])
                }
                serveOnTime(order[start..<end])
                if let second, second.book.servesMoreOnTime(than: book, priorities: priorities) {
                    self = second
                    allocator.model = compiled
                }
                if start == 0 {
                    runAheadForShortDemands(order[start..<end])
                    if guided { placeGuideSkeleton(onIteration: options.onGuideIteration) }
                }
                (start, otherStart) = (end, otherEnd)
            }
            runAheadAndServeAgain(order, options: options)
            serveLate(order)
        }

        /// Pass 1: every demand of `order` gets what can reach it on time.
        mutating func serveOnTime(_ order: ArraySlice<Int>) {
            let last = allocator.h - 1
            for d in order {
                let demand = book.demands[d]
                guard demand.qty > Allocator.tiny else { continue }
                let bucket = min(demand.due, last)
                var blocker: Blocker?
                let got = exhausted.obtain(demand.item, book.remaining(d), at: bucket, allocator: &allocator, blocker: &blocker)
                book.deliverOnTime(d, got, in: bucket, blocker: blocker)
            }
        }

        /// On an overloaded model, after the on-time passes: end-item
        /// production is run ahead into idle early capacity
        /// (``Allocator/runAhead(demanded:)``), the supply below it is then
        /// moved as late as its use allows (``Allocator/runLate(demanded:)``),
        /// and the demands still short are searched on time again in the
        /// capacity both free. Their cause is then what bound this second search.
        /// With ``PlanOptions/thorough``, each demand still short by a
        /// resource then gets the starts on it run ahead, as the highest
        /// priority's did (``runAheadForShortDemands(_:checkFirst:)``).
        mutating func runAheadAndServeAgain(_ order: [Int], options: PlanOptions) {
            let demanded = demandedItems
            allocator.runAhead(demanded: demanded)
            allocator.runLate(demanded: demanded)
            // Capacity came free, so what the memo knew to be exhausted may not be any more.
            exhausted = ExhaustedItems(itemCount: demanded.count)
            serveOnTime(order.filter { book.causes[$0] != nil }[...])
            if options.thorough { runAheadForShortDemands(order.filter { book.causes[$0] != nil }[...], checkFirst: true) }
        }

        /// For each item, whether some demand asks for it.
        var demandedItems: [Bool] {
            var demanded = [Bool](repeating: false, count: allocator.model.itemIDs.count)
            for demand in book.demands { demanded[demand.item] = true }
            return demanded
        }

        /// Pass 2, late deliveries: a full search back from a few later
        /// buckets, spaced more widely the later they are (due + 1, 2, 3, 5,
        /// 8, 13, …, and the last bucket), so that a short demand costs a
        /// handful of searches. Each search looks for new supply of the item
        /// only after the buckets the previous one covered: a search that
        /// left the demand short found nothing more arriving by then, and
        /// ledgers only shrink.
        mutating func serveLate(_ order: [Int]) {
            let last = allocator.h - 1
            for d in order where book.causes[d] != nil {
                let demand = book.demands[d]
                var step = 1, previous = 1
                var searched = min(demand.due, last)
                var bucket = searched + 1
                while bucket <= last && book.remaining(d) > Allocator.tiny * max(1, demand.qty) {
                    var ignored: Blocker?
                    let got = exhausted.obtain(demand.item, book.remaining(d), at: bucket, lowest: searched + 1, allocator: &allocator, blocker: &ignored)
                    book.deliver(d, got, in: bucket)
                    if bucket == last { break }
                    searched = bucket
                    (step, previous) = (step + previous, step)
                    bucket = min(last, min(demand.due, last) + step)
                }
            }
        }
    }

    /// Demand indices in serving order: priority first; within a priority the
    /// demands that bring the most value per unit of what is scarce (money
    /// when the budget is short, otherwise capacity expected to be
    /// overloaded), then the earlier due date, then model order.
    static func servingOrder(_ demands: [Demand], _ compiled: CompiledModel, _ itemOf: [Int]) -> [Int] {
        let density = demands.indices.map { d -> Double in
            let item = itemOf[d]
            let use = compiled.budgetIsScarce ? compiled.standardCost[item] : compiled.scarcityPerUnit[item]
            return use > 0 ? demands[d].value / use : .infinity
        }
        return demands.indices.sorted { a, b in
            let x = demands[a], y = demands[b]
            if x.priority != y.priority { return x.priority < y.priority }
            if density[a] != density[b] { return density[a] > density[b] }
            if x.value != y.value { return x.value > y.value }
            if x.due != y.due { return x.due < y.due }
            return a < b
        }
    }
}
