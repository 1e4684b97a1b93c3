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
    public static func plan(_ model: PlanningModel) throws(ModelError) -> PlanResult {
        try model.validate()
        return planValidated(model)
    }

    /// Plans a model that has already passed ``PlanningModel/validate()``.
    static func planValidated(_ model: PlanningModel) -> PlanResult {
        let compiled = CompiledModel(model)
        var allocator = Allocator(compiled)
        var book = DeliveryBook(model: model, compiled: compiled)
        let order = servingOrder(model.demands, compiled, book.demands.map(\.item))
        let last = compiled.buckets - 1
        var exhausted = ExhaustedItems(itemCount: compiled.itemIDs.count)

        for d in order {
            let demand = book.demands[d]
            guard demand.qty > Allocator.tiny else { continue }
            let bucket = min(demand.due, last)
            var blocker: Blocker?
            let got = exhausted.obtain(demand.item, demand.qty, at: bucket, allocator: &allocator, blocker: &blocker)
            book.deliver(d, got, in: bucket)
            if book.remaining(d) > Allocator.tiny * max(1, demand.qty) {
                book.causes[d] = blocker ?? .material(item: demand.item, bucket: bucket, source: nil)
            }
        }
        // Late deliveries: a full search back from a few later buckets, spaced
        // more widely the later they are (due + 1, 2, 3, 5, 8, 13, …, and the
        // last bucket), so that a short demand costs a handful of searches.
        // Each search looks for new supply of the item only after the
        // buckets the previous one covered: a search that left the demand
        // short found nothing more arriving by then, and ledgers only shrink.
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
        return book.result(allocator: allocator)
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
