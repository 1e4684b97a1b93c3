extension NormalEquations {
    /// Solves (M + δI) x = rhs with the current factor: permute, L, D, Lᵀ, unpermute.
    /// Components of dropped pivots come out ~0 (divided by 1e128).
    public func solve(_ rhs: [Double]) -> [Double] {
        let m = matrix.rows
        precondition(rhs.count == m, "rhs has \(rhs.count) entries, M has order \(m)")
        var y = [Double](repeating: 0, count: m)
        for new in 0..<m { y[new] = rhs[symbolic.permutation[new]] }
        let supernodes = symbolic.supernodes
        supernodes.rows.withUnsafeBufferPointer { rowIndex in
            factorValues.withUnsafeBufferPointer { values in
                y.withUnsafeMutableBufferPointer { y in
                    for s in 0..<supernodes.count {
                        let first = supernodes.firstColumn[s], rowCount = supernodes.rowCount(s)
                        let rows = rowIndex.baseAddress! + supernodes.rowStart[s]
                        let block = values.baseAddress! + supernodes.valueStart[s]
                        for jj in 0..<supernodes.columnCount(s) {
                            let yj = y[first + jj]
                            if yj == 0 { continue }
                            let column = block + jj * rowCount
                            for i in (jj + 1)..<rowCount { y[Int(rows[i])] -= column[i] * yj }
                        }
                    }
                    for s in 0..<supernodes.count {
                        let first = supernodes.firstColumn[s], rowCount = supernodes.rowCount(s)
                        let block = values.baseAddress! + supernodes.valueStart[s]
                        for jj in 0..<supernodes.columnCount(s) { y[first + jj] /= block[jj * rowCount + jj] }
                    }
                    for s in stride(from: supernodes.count - 1, through: 0, by: -1) {
                        let first = supernodes.firstColumn[s], rowCount = supernodes.rowCount(s)
                        let rows = rowIndex.baseAddress! + supernodes.rowStart[s]
                        let block = values.baseAddress! + supernodes.valueStart[s]
                        for jj in stride(from: supernodes.columnCount(s) - 1, through: 0, by: -1) {
                            let column = block + jj * rowCount
                            var sum = y[first + jj]
                            for i in (jj + 1)..<rowCount { sum -= column[i] * y[Int(rows[i])] }
                            y[first + jj] = sum
                        }
                    }
                }
            }
        }
        var x = [Double](repeating: 0, count: m)
        for new in 0..<m { x[symbolic.permutation[new]] = y[new] }
        return x
    }
}
