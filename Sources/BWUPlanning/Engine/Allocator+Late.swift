extension Allocator {
    /// For late deliveries, walking forward one bucket at a time: withdraws up
    /// to `qty` of `item` in bucket `t` from stock and from new supply arriving
    /// exactly in `t`. Earlier arrivals were already tried at earlier buckets,
    /// so each step costs one placement per source instead of a full search back.
    ///
    /// - Returns: the quantity withdrawn.
    mutating func obtainArriving(_ item: Int, _ qty: Double, at t: Int) -> Double {
        var have = available(item, at: t)
        if have < qty - Self.tiny * max(1, qty) {
            var remaining = qty - have
            for k in model.sourceStart[item]..<model.sourceStart[item + 1] {
                let source = model.sources[k]
                let start = t - leadTime(of: source)
                if start < 0 { continue }
                let (placed, _) = source >= 0
                    ? placeOperation(source, at: start, want: remaining)
                    : placePurchase(-source - 1, at: start, want: remaining)
                remaining -= placed
                if remaining <= Self.tiny * max(1, qty) { break }
            }
            have = available(item, at: t)
        }
        let take = min(qty, have)
        if take <= Self.tiny { return 0 }
        add(.net, item * h + t, -take)
        return take
    }
}
