/// Remembers, per demanded item, the latest bucket by which nothing more
/// could be had, with the constraint that said so. Ledgers only ever shrink
/// between demands (capacity, money and supplier capacity are never given
/// back), so a later demand for the same item by that bucket or earlier is
/// answered at once from stock alone. This keeps overloaded models, where
/// many demands for one item find nothing, as fast as normal ones.
struct ExhaustedItems {
    private var through: [Int]
    private var blockers: [Blocker?]

    init(itemCount: Int) {
        through = [Int](repeating: -1, count: itemCount)
        blockers = [Blocker?](repeating: nil, count: itemCount)
    }

    /// `Allocator.obtain` for one demand, committed, skipping the search when it is known to find nothing.
    mutating func obtain(
        _ item: Int, _ qty: Double, at t: Int, lowest: Int = 0, allocator: inout Allocator, blocker: inout Blocker?
    ) -> Double {
        if t <= through[item] && allocator.available(item, at: t) <= Allocator.tiny {
            if blocker == nil { blocker = blockers[item] }
            return 0
        }
        var found: Blocker?
        let got = allocator.obtain(item, qty, at: t, lowest: lowest, blocker: &found)
        allocator.commit()
        if got <= Allocator.tiny && t > through[item] {
            through[item] = t
            blockers[item] = found
        }
        if blocker == nil { blocker = found }
        return got
    }
}
