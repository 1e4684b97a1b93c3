/// Lot rules: a planned quantity is 0 or at least `minLot`, and a whole multiple of `lotMultiple`.
enum LotRule {
    /// The smallest lawful quantity ≥ `wanted` if it fits under `limit`, else
    /// the largest lawful quantity ≤ `limit`, else 0.
    static func fit(_ wanted: Double, limit: Double, minLot: Double, multiple: Double) -> Double {
        let up = up(wanted, minLot: minLot, multiple: multiple)
        if up <= limit * (1 + 1e-12) { return up }
        return down(limit, minLot: minLot, multiple: multiple)
    }

    /// The smallest lawful quantity ≥ `wanted`.
    static func up(_ wanted: Double, minLot: Double, multiple: Double) -> Double {
        var up = max(wanted, minLot)
        if multiple > 0 { up = (up / multiple - 1e-9).rounded(.up) * multiple }
        return up
    }

    /// The largest lawful quantity ≤ `limit`, or 0.
    static func down(_ limit: Double, minLot: Double, multiple: Double) -> Double {
        guard limit.isFinite, limit > Allocator.tiny else { return 0 }
        var q = limit
        if multiple > 0 { q = (limit / multiple + 1e-9).rounded(.down) * multiple }
        if q < minLot * (1 - 1e-12) || q <= Allocator.tiny { return 0 }
        return q
    }
}
