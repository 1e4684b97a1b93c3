extension Planner.Run {
    /// Tries at most this many resources per short demand in ``runAheadForShortDemands(_:)``.
    static let runAheadTriesPerDemand = 8

    /// For each demand of `order` left short by a resource: the starts on
    /// that resource, in the bucket where it ran out, are
    /// run ahead (``Allocator/runAhead(freeing:at:)``) and the
    /// demand is searched for again, for as long as that serves it more. A
    /// try that serves nothing more is undone through the allocator's
    /// journal, so the early capacity it would take stays for the priorities below.
    ///
    /// Run on overloaded models after the highest priority's on-time pass
    /// (in the guided plan, before the LP of what is left). Without it those
    /// units come, if at all, only from the run ahead at the end
    /// (`runAheadAndServeAgain`), after the lower priorities have taken the
    /// early capacity (docs/planning.md, ninth and twelfth rounds).
    mutating func runAheadForShortDemands(_ order: ArraySlice<Int>) {
        let last = allocator.h - 1
        var freed = false
        for d in order {
            let demand = book.demands[d]
            let bucket = min(demand.due, last)
            for _ in 0..<Self.runAheadTriesPerDemand {
                guard case .capacity(let resource, let full)? = book.causes[d] else { break }
                let mark = allocator.journal.count
                allocator.runAhead(freeing: resource, at: full)
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
}
