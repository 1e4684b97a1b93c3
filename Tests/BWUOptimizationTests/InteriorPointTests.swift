import Testing
@testable import BWUOptimization

@Suite("InteriorPointSolver: linear programs with known optima")
struct InteriorPointTests {
    static func program(
        _ objective: [Double], maximize: Bool, rows: [[Double]], rowLower: [Double], rowUpper: [Double],
        columnLower: [Double]? = nil, columnUpper: [Double]? = nil
    ) -> LinearProgram {
        var entries: [(row: Int, column: Int, value: Double)] = []
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() where value != 0 { entries.append((i, j, value)) }
        }
        let n = objective.count
        return LinearProgram(
            objective: objective, maximize: maximize,
            matrix: SparseMatrix(rows: rows.count, columns: n, entries: entries),
            columnLower: columnLower ?? [Double](repeating: 0, count: n),
            columnUpper: columnUpper ?? [Double](repeating: .infinity, count: n),
            rowLower: rowLower, rowUpper: rowUpper
        )
    }

    @Test("a textbook production LP: maximise 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → (2, 6), 36")
    func textbook() {
        let lp = Self.program([3, 5], maximize: true, rows: [[1, 0], [0, 2], [3, 2]],
                              rowLower: [-.infinity, -.infinity, -.infinity], rowUpper: [4, 12, 18])
        let solution = InteriorPointSolver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objectiveValue - 36) < 1e-6)
        #expect(abs(solution.x[0] - 2) < 1e-6 && abs(solution.x[1] - 6) < 1e-6)
        // The duals price the binding rows: 2y ≤ 12 at 3/2, 3x + 2y ≤ 18 at 1.
        #expect(abs(solution.rowDuals[1] - 1.5) < 1e-5 && abs(solution.rowDuals[2] - 1) < 1e-5)
    }

    @Test("column bounds, an equality, a ranged row and a minimisation")
    func boundsAndRows() {
        // minimise x + 2y + 3z  s.t.  x + y + z = 10,  2 ≤ y − z ≤ 4,  1 ≤ x ≤ 3,  z ≥ 1
        let lp = Self.program([1, 2, 3], maximize: false, rows: [[1, 1, 1], [0, 1, -1]],
                              rowLower: [10, 2], rowUpper: [10, 4],
                              columnLower: [1, 0, 1], columnUpper: [3, .infinity, .infinity])
        let solution = InteriorPointSolver().solve(lp)
        // x = 3 (cheapest, at its bound); y + z = 7 with y − z ≤ 4 → y = 5.5, z = 1.5.
        #expect(solution.status == .optimal)
        #expect(abs(solution.objectiveValue - (3 + 11 + 4.5)) < 1e-6)
        #expect(abs(solution.x[0] - 3) < 1e-6 && abs(solution.x[1] - 5.5) < 1e-6 && abs(solution.x[2] - 1.5) < 1e-6)
    }

    @Test("a degenerate LP with a duplicated row and a free row still converges")
    func degenerate() {
        // maximise x + y  s.t.  x + y ≤ 1 (twice), x − y free, x, y ≤ 1
        let lp = Self.program([1, 1], maximize: true, rows: [[1, 1], [1, 1], [1, -1]],
                              rowLower: [-.infinity, -.infinity, -.infinity], rowUpper: [1, 1, .infinity],
                              columnUpper: [1, 1])
        let solution = InteriorPointSolver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.objectiveValue - 1) < 1e-6)
        #expect(solution.x.allSatisfy { $0 >= -1e-9 && $0 <= 1 + 1e-9 })
    }

    @Test("a small time-phased stock LP: make ahead when capacity is short later")
    func buildAhead() {
        // Columns: make[0], make[1], stock[0], stock[1], deliver (due in bucket 1, up to 10, value 1).
        // Capacity 6 per bucket; stock balance stock[t] − stock[t−1] − make[t] + deliver·[t = 1] = 0.
        let lp = Self.program([0, 0, 0, 0, 1], maximize: true, rows: [
            [1, 0, 0, 0, 0], [0, 1, 0, 0, 0],
            [-1, 0, 1, 0, 0], [0, -1, -1, 1, 1],
        ], rowLower: [-.infinity, -.infinity, 0, 0], rowUpper: [6, 6, 0, 0], columnUpper: [.infinity, .infinity, .infinity, .infinity, 10])
        let solution = InteriorPointSolver().solve(lp)
        #expect(solution.status == .optimal)
        #expect(abs(solution.x[4] - 10) < 1e-6)
        #expect(solution.x[0] >= 4 - 1e-6)
    }
}
