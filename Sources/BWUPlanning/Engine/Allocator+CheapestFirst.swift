extension Allocator {
    /// Supply when money is scarce: source by source in ranked (cheapest)
    /// order, each from the latest arrival back, so that a dearer alternate
    /// is used only when the cheaper one has nothing left in time.
    mutating func supplyCheapestFirst(_ item: Int, _ need: Double, by t: Int, lowest: Int = 0, blocker: inout Blocker?) {
        var remaining = need
        var firstStop: Blocker?
        var tooSlow: Blocker?
        for k in model.sourceStart[item]..<model.sourceStart[item + 1] {
            let source = model.sources[k]
            let lead = leadTime(of: source)
            var arrival = t
            while arrival >= lowest {
                let start = arrival - lead
                if start < 0 {
                    if tooSlow == nil { tooSlow = .leadTime(item: item, bucket: t, source: source) }
                    break
                }
                let (placed, stop) = source >= 0
                    ? placeOperation(source, at: start, want: remaining)
                    : placePurchase(-source - 1, at: start, want: remaining)
                remaining -= placed
                if remaining <= Self.tiny * max(1, need) { return }
                if let stop {
                    if firstStop == nil { firstStop = stop.blocker }
                    if stop.final { break }
                }
                arrival -= 1
            }
        }
        if blocker == nil { blocker = firstStop ?? tooSlow }
    }
}
