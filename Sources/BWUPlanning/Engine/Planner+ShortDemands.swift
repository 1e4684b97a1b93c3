extension Planner.Run {
    /// Tries at most this many resources per short demand in ``runAheadForShortDemands(_:checkFirst:)``.
    static let runAheadTriesPerDemand = 8

    /// For each demand of `order` left short by a resource: the starts on
    /// that resource, in the bucket where it ran out, are
    /// run ahead (``Allocator/runAhead(freeing:at:until:)``) and the
    /// demand is searched for again, for as long as that serves it more. A
    /// try that serves nothing more is undone through the allocator's
    /// journal, so the early capacity it would take stays for the priorities below.
    ///
    /// Run on overloaded models after the highest priority's on-time pass
    /// (in the guided plan, before the LP of what is left). Without it those
    /// units come, if at all, only from the run ahead at the end
    /// (`runAheadAndServeAgain`), after the lower priorities have taken the
    /// early capacity (docs/planning.md, ninth and twelfth rounds).
    ///
    /// `checkFirst` (for every demand still short at the end, under
    /// ``PlanOptions/thorough``): a demand is first searched for as if the
    /// resource were free in that bucket (``capacityUsedIfFree(_:resource:at:)``).
    /// Most demands short at the end are blocked elsewhere too, and that
    /// search is cheaper than the moves; the others get starts moved only
    /// until what they would use is free (thirteenth round).
    mutating func runAheadForShortDemands(_ order: ArraySlice<Int>, checkFirst: Bool = false) {
        let last = allocator.h - 1
        var freed = false
        for d in order {
            let demand = book.demands[d]
            let bucket = min(demand.due, last)
            for _ in 0..<Self.runAheadTriesPerDemand {
                guard case .capacity(let resource, let full)? = book.causes[d] else { break }
                var wanted = Double.infinity
                if checkFirst {
                    guard let use = capacityUsedIfFree(d, resource: resource, at: full) else { break }
                    wanted = use
                }
                let mark = allocator.journal.count
                allocator.runAhead(freeing: resource, at: full, until: wanted)
                var blocker: Blocker?
                let got = allocator.obtain(demand.item, book.remaining(d), at: bucket, blocker: &blocker)
                guard got > Allocator.tiny else {
                    allocator.rollback(to: mark)
                    break
                }
                allocator.commit()
                freed = true
                book.deliverOnTime(d, got, in: bucket, blocker: blocker)
            }
        }
        // Capacity came free, so what the memo knew to be exhausted may not be any more.
        if freed { exhausted = ExhaustedItems(itemCount: allocator.model.itemIDs.count) }
    }

    /// How much of `resource` in bucket `s` demand `d` would take if it
    /// were unlimited there; nil when even then the demand would get nothing
    /// on time. The search is undone. Only supply of the demanded item
    /// arriving in `s` or later is searched for: what arrives earlier was
    /// made before `s`, and none of it can use the resource in `s`.
    mutating func capacityUsedIfFree(_ d: Int, resource: Int, at s: Int) -> Double? {
        let cell = resource * allocator.h + s
        let mark = allocator.journal.count
        allocator.add(.capacityLeft, cell, allocator.model.resourceCapacity[cell] + 1)
        let unlimited = allocator.capacityLeft[cell]
        let demand = book.demands[d]
        var ignored: Blocker?
        let got = allocator.obtain(demand.item, book.remaining(d), at: min(demand.due, allocator.h - 1), lowest: s, blocker: &ignored)
        let used = unlimited - allocator.capacityLeft[cell]
        allocator.rollback(to: mark)
        return got > Allocator.tiny ? used : nil
    }
}
