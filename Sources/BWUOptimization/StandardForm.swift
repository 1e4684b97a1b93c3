/// The form the interior-point method works on:
///
///     minimise cᵀx  subject to  A x = b,  0 ≤ x ≤ u  (u may be infinite)
///
/// built from a ``LinearProgram`` by shifting every column to a lower bound
/// of 0, turning a maximisation into a minimisation, and giving every row
/// that is not an equality a slack column (bounded for ranged rows). Rows
/// with no bound at all constrain nothing, and fixed columns (upper = lower)
/// can take only one value: both are left out.
struct StandardForm {
    var a: SparseMatrix
    var b: [Double]
    var c: [Double]
    var upper: [Double]
    /// Original column of each of the first `columnOrigin.count` columns of `a`; the rest are row slacks.
    let columnOrigin: [Int]
    /// Original row of each standard-form row.
    let rowOrigin: [Int]
    /// Scale applied to the objective (`c` = sign · objective / scale).
    let objectiveScale: Double
    let sign: Double

    init(_ lp: LinearProgram) {
        let n = lp.matrix.columns
        let sign: Double = lp.maximize ? -1 : 1
        let largest = lp.objective.reduce(0) { max($0, abs($1)) }
        let objectiveScale = largest > 0 ? largest : 1
        self.sign = sign
        self.objectiveScale = objectiveScale

        var kept: [Int] = []
        var rowIndex = [Int](repeating: -1, count: lp.matrix.rows)
        for r in 0..<lp.matrix.rows where lp.rowLower[r].isFinite || lp.rowUpper[r].isFinite {
            rowIndex[r] = kept.count
            kept.append(r)
        }
        // Shift columns to a lower bound of 0: b -= A l.
        let shift = lp.matrix.multiply(lp.columnLower)

        // Fixed columns (upper = lower) stay at their lower bound, already in the shift: a
        // zero-width bound would make the barrier terms divide by zero.
        var columnOrigin: [Int] = []
        var entries: [(row: Int, column: Int, value: Double)] = []
        entries.reserveCapacity(lp.matrix.values.count + kept.count)
        var cost: [Double] = [], upperBounds: [Double] = []
        for j in 0..<n where lp.columnUpper[j] - lp.columnLower[j] > 1e-12 * max(1, abs(lp.columnLower[j])) {
            for k in lp.matrix.columnStarts[j]..<lp.matrix.columnStarts[j + 1] {
                let r = rowIndex[lp.matrix.rowIndices[k]]
                if r >= 0 { entries.append((r, cost.count, lp.matrix.values[k])) }
            }
            columnOrigin.append(j)
            cost.append(sign * lp.objective[j] / objectiveScale)
            upperBounds.append(lp.columnUpper[j] - lp.columnLower[j])
        }
        var rhs = [Double](repeating: 0, count: kept.count)
        for (i, r) in kept.enumerated() {
            let lo = lp.rowLower[r] - shift[r], hi = lp.rowUpper[r] - shift[r]
            if lp.rowLower[r] == lp.rowUpper[r] {
                rhs[i] = lo
            } else if !lo.isFinite {
                // a x + s = hi
                rhs[i] = hi
                entries.append((i, cost.count, 1))
                cost.append(0)
                upperBounds.append(.infinity)
            } else {
                // a x − s = lo, with s ≤ hi − lo when the row is ranged
                rhs[i] = lo
                entries.append((i, cost.count, -1))
                cost.append(0)
                upperBounds.append(hi - lo)
            }
        }
        a = SparseMatrix(rows: kept.count, columns: cost.count, entries: entries)
        b = rhs
        c = cost
        upper = upperBounds
        self.columnOrigin = columnOrigin
        rowOrigin = kept
    }
}
