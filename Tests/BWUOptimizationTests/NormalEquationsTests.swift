import Foundation
import Testing
@testable import BWUOptimization

@Suite("NormalEquations: sparse LDLᵀ of A·diag(d)·Aᵀ")
struct NormalEquationsTests {
    @Test("3×5 example: the solve matches a dense solve of the hand-computed M")
    func handExample() {
        let a = SparseMatrix(rows: 3, columns: 5, entries: [
            (row: 0, column: 0, value: 1), (row: 0, column: 2, value: 2), (row: 0, column: 4, value: 1),
            (row: 1, column: 1, value: 1), (row: 1, column: 2, value: 1),
            (row: 2, column: 0, value: 1), (row: 2, column: 1, value: 1), (row: 2, column: 3, value: 3),
        ])
        let d = [1.0, 2, 3, 4, 5]
        // M = A·diag(d)·Aᵀ by hand.
        let m: [[Double]] = [[18, 6, 1], [6, 5, 2], [1, 2, 39]]
        let b = [1.0, -2, 3]
        for ordering in [FillReducingOrdering.natural, .approximateMinimumDegree, .nestedDissection, .automatic] {
            let equations = NormalEquations(a, ordering: ordering)
            equations.factor(diagonal: d, regularization: 0)
            let x = equations.solve(b)
            let expected = denseSolve(m, b)
            for i in 0..<3 { #expect(abs(x[i] - expected[i]) < 1e-13 * max(1, abs(expected[i]))) }
            #expect(equations.droppedPivots == 0)
            #expect(equations.factorNonzeros == 6)
        }
    }

    @Test("random sparse A with slacks and random positive d: relative residual below 1e-9",
          arguments: [(5, 8), (40, 100), (200, 600), (700, 2000)])
    func randomSystems(rows: Int, structural: Int) {
        var random = SeededRandom(seed: UInt64(rows * 7919 + structural))
        let a = randomMatrix(rows: rows, structuralColumns: structural, perColumn: 3, slacks: true, random: &random)
        let d = (0..<a.columns).map { _ in 0.1 + 10 * random.unit() }
        let b = (0..<rows).map { _ in random.unit() - 0.5 }
        for ordering in [FillReducingOrdering.automatic, .natural] {
            let equations = NormalEquations(a, ordering: ordering)
            equations.factor(diagonal: d)
            let x = equations.solve(b)
            #expect(relativeResidual(a, d, x, b) < 1e-9, "ordering \(ordering)")
            #expect(equations.droppedPivots == 0)
        }
    }

    @Test("widely spread d, as near an interior-point optimum: still accurate")
    func spreadDiagonal() {
        var random = SeededRandom(seed: 99)
        let a = randomMatrix(rows: 300, structuralColumns: 900, perColumn: 3, slacks: true, random: &random)
        let d = (0..<a.columns).map { _ in pow(10, -4 + 8 * random.unit()) }
        let b = (0..<a.rows).map { _ in random.unit() - 0.5 }
        #expect(residualOfFreshSolve(a, d, b) < 1e-9)
    }

    /// With regularization δ a dependent row's pivot is about 2δ, so it is dropped once
    /// 1e-14 · max diag(M) exceeds that — as soon as d has interior-point scale — and
    /// always without regularization.
    @Test("a duplicated row: pivots dropped, no NaN, and a consistent rhs is still solved",
          arguments: [(1.0, 0.0), (1e4, 1e-12)])
    func duplicatedRow(scale: Double, regularization: Double) {
        var random = SeededRandom(seed: 4242)
        let rows = 120
        // Row rows−1 is an exact copy of row 0; the other rows have a slack each.
        var entries = randomEntries(rows: rows - 1, columns: 3 * rows, perColumn: 3, random: &random)
        for r in 0..<(rows - 1) { entries.append((row: r, column: 3 * rows + r, value: 1)) }
        for entry in entries where entry.row == 0 { entries.append((row: rows - 1, column: entry.column, value: entry.value)) }
        let a = SparseMatrix(rows: rows, columns: 4 * rows - 1, entries: entries)
        let d = (0..<a.columns).map { _ in scale * (0.5 + random.unit()) }
        let x0 = (0..<rows).map { _ in random.unit() - 0.5 }
        let b = normalProduct(a, d, x0)
        for ordering in [FillReducingOrdering.automatic, .natural, .approximateMinimumDegree, .nestedDissection] {
            let equations = NormalEquations(a, ordering: ordering)
            equations.factor(diagonal: d, regularization: regularization)
            let x = equations.solve(b)
            #expect(equations.droppedPivots >= 1, "ordering \(ordering)")
            #expect(x.allSatisfy { $0.isFinite })
            #expect(relativeResidual(a, d, x, b) < 1e-8, "ordering \(ordering)")
        }
    }

    @Test("an empty row of A and zero entries of d never produce NaN")
    func singularInputs() {
        var random = SeededRandom(seed: 7)
        var entries = randomEntries(rows: 50, columns: 150, perColumn: 3, random: &random)
        entries.removeAll { $0.row == 17 }
        let a = SparseMatrix(rows: 50, columns: 150, entries: entries)
        let d = (0..<150).map { $0 % 3 == 0 ? 0 : 1 + random.unit() }
        let equations = NormalEquations(a)
        equations.factor(diagonal: d, regularization: 0)
        #expect(equations.droppedPivots >= 1)
        let x = equations.solve((0..<50).map { _ in random.unit() })
        #expect(x.allSatisfy { $0.isFinite })
        equations.factor(diagonal: [Double](repeating: 0, count: 150), regularization: 0)
        #expect(equations.droppedPivots == 50)
        #expect(equations.solve([Double](repeating: 1, count: 50)).allSatisfy { $0.isFinite })
    }

    @Test("degenerate shapes: no rows, and rows without columns")
    func degenerateShapes() {
        let none = NormalEquations(SparseMatrix(rows: 0, columns: 3, entries: []))
        none.factor(diagonal: [1, 2, 3])
        #expect(none.solve([]).isEmpty)
        #expect(none.factorNonzeros == 0)
        let empty = NormalEquations(SparseMatrix(rows: 3, columns: 0, entries: []))
        empty.factor(diagonal: [], regularization: 2)
        #expect(empty.solve([2, 4, 6]) == [1, 2, 3])
        #expect(empty.droppedPivots == 0)
    }

    @Test("refactoring with new d reuses the symbolic phase and gives the new solution")
    func refactor() {
        var random = SeededRandom(seed: 11)
        let a = randomMatrix(rows: 80, structuralColumns: 200, perColumn: 4, slacks: true, random: &random)
        let equations = NormalEquations(a)
        let b = (0..<80).map { _ in random.unit() }
        for _ in 0..<3 {
            let d = (0..<a.columns).map { _ in 0.01 + random.unit() }
            equations.factor(diagonal: d)
            #expect(relativeResidual(a, d, equations.solve(b), b) < 1e-9)
        }
    }

    @Test("fill-reducing orderings on a 40×40 grid: far fewer nonzeros in L than the natural order")
    func gridOrdering() {
        let a = gridIncidence(side: 40)
        let natural = NormalEquations(a, ordering: .natural).factorNonzeros
        let minimumDegree = NormalEquations(a, ordering: .approximateMinimumDegree).factorNonzeros
        let dissection = NormalEquations(a, ordering: .nestedDissection).factorNonzeros
        let automatic = NormalEquations(a)
        #expect(Double(minimumDegree) < 0.5 * Double(natural), "AMD \(minimumDegree) vs natural \(natural)")
        #expect(Double(dissection) < 0.5 * Double(natural), "ND \(dissection) vs natural \(natural)")
        #expect(automatic.factorNonzeros <= max(minimumDegree, dissection))
        var random = SeededRandom(seed: 5)
        let d = (0..<a.columns).map { _ in 0.5 + random.unit() }
        let b = (0..<a.rows).map { _ in random.unit() - 0.5 }
        automatic.factor(diagonal: d)
        #expect(relativeResidual(a, d, automatic.solve(b), b) < 1e-9)
    }

    @Test("two threads: disjoint subtrees in parallel give the single-thread solution")
    func parallelFactorization() {
        let a = gridIncidence(side: 30)
        var random = SeededRandom(seed: 8)
        let d = (0..<a.columns).map { _ in 0.5 + random.unit() }
        let b = (0..<a.rows).map { _ in random.unit() - 0.5 }
        let serial = NormalEquations(a, threads: 1)
        let parallel = NormalEquations(a, ordering: .automatic, threads: 2, minimumParallelWork: 0)
        #expect(serial.schedule.parallel.isEmpty)
        #expect(parallel.schedule.parallel.count == 2)
        #expect(Set(parallel.schedule.parallel.joined()).count + parallel.schedule.sequential.count
                == parallel.symbolic.supernodes.count)
        serial.factor(diagonal: d)
        parallel.factor(diagonal: d)
        let x1 = serial.solve(b), x2 = parallel.solve(b)
        #expect(relativeResidual(a, d, x2, b) < 1e-9)
        for i in 0..<a.rows { #expect(abs(x1[i] - x2[i]) <= 1e-9 * max(1, abs(x1[i]))) }
    }

    @Test("a large dense product split over two threads by rows: bit for bit the one-thread result")
    func splitProduct() {
        let rows = 301, inner = 67, columns = 70
        var random = SeededRandom(seed: 21)
        let a = (0..<rows * inner).map { _ in random.unit() - 0.5 }
        let w = (0..<inner * columns).map { _ in random.unit() - 0.5 }
        let start = (0..<rows * columns).map { _ in random.unit() }
        #expect(rows * inner * columns >= DenseKernels.parallelWork)
        func product(threads: Int) -> [Double] {
            var c = start
            var packing = [Double](repeating: 0, count: DenseKernels.packingSize(inner: inner, columns: columns))
            c.withUnsafeMutableBufferPointer { c in
                packing.withUnsafeMutableBufferPointer { packing in
                    DenseKernels.subtractProduct(c.baseAddress!, ldd: rows, a, lda: rows, w, ldw: inner,
                                                 rows: rows, inner: inner, columns: columns,
                                                 packing: packing.baseAddress!, split: ProductSplit(threads: threads))
                }
            }
            return c
        }
        let one = product(threads: 1)
        #expect(product(threads: 2).map(\.bitPattern) == one.map(\.bitPattern))
        #expect(product(threads: 3).map(\.bitPattern) == one.map(\.bitPattern))
        // And it is the product: one entry recomputed plainly.
        let (i, j) = (150, 33)
        var sum = 0.0
        for c in 0..<inner { sum += a[i + c * rows] * w[c + j * inner] }
        #expect(abs(one[i + j * rows] - (start[i + j * rows] - sum)) < 1e-12)
    }

    @Test("a planning LP's factor with every dense product split over two threads: bit for bit the one-thread factor")
    func splitProductsInFactor() {
        let a = TimeStagedModel.matrix(items: 60, resources: 8, periods: 20)
        var random = SeededRandom(seed: 5)
        let d = (0..<a.columns).map { _ in pow(10, -2 + 4 * random.unit()) }
        let one = NormalEquations(a, threads: 1)
        let two = NormalEquations(a, ordering: .automatic, threads: 1, productSplit: ProductSplit(threads: 2, minimumWork: 0),
                                  minimumParallelWork: FactorSchedule.minimumParallelWork)
        one.factor(diagonal: d)
        two.factor(diagonal: d)
        #expect(two.factorValues.map(\.bitPattern) == one.factorValues.map(\.bitPattern))
    }

    @Test("the orderings are deterministic")
    func deterministicOrdering() {
        let a = TimeStagedModel.matrix(items: 30, resources: 5, periods: 12)
        let graph = CholeskySymbolic.normalEquationsGraph(a)
        #expect(MinimumDegreeOrdering.approximateMinimumDegree(graph) == MinimumDegreeOrdering.approximateMinimumDegree(graph))
        #expect(NestedDissectionOrdering.order(graph) == NestedDissectionOrdering.order(graph))
        #expect(Set(NestedDissectionOrdering.order(graph)) == Set(0..<a.rows))
        #expect(Set(MinimumDegreeOrdering.approximateMinimumDegree(graph)) == Set(0..<a.rows))
    }

    @Test("a small time-staged planning LP: accurate solve")
    func smallTimeStaged() {
        let a = TimeStagedModel.matrix(items: 40, resources: 6, periods: 20)
        var random = SeededRandom(seed: 3)
        let d = (0..<a.columns).map { _ in pow(10, -2 + 4 * random.unit()) }
        let b = (0..<a.rows).map { _ in random.unit() - 0.5 }
        #expect(residualOfFreshSolve(a, d, b) < 1e-9)
    }

    /// The planning-sized benchmark; meaningful in a release build only. Run with
    /// `BWU_CHOLESKY_BENCHMARK=1 swift test -c release --filter NormalEquationsTests`.
    @Test("benchmark: time-staged LP of planning size (200 items × 52 periods)",
          .enabled(if: ProcessInfo.processInfo.environment["BWU_CHOLESKY_BENCHMARK"] != nil))
    func benchmark() {
        let a = TimeStagedModel.matrix()
        let clock = ContinuousClock()
        var equations: NormalEquations?
        let symbolic = clock.measure { equations = NormalEquations(a) }
        guard let equations else { return }
        var random = SeededRandom(seed: 1)
        let d = (0..<a.columns).map { _ in pow(10, -3 + 6 * random.unit()) }
        let b = (0..<a.rows).map { _ in random.unit() - 0.5 }
        let numeric = clock.measure { equations.factor(diagonal: d) }
        var x: [Double] = []
        let solve = clock.measure { x = equations.solve(b) }
        print("A \(a.rows)×\(a.columns) nnz \(a.nonzeros): nnz(L) \(equations.factorNonzeros), symbolic \(symbolic), numeric \(numeric), solve \(solve)")
        #expect(relativeResidual(a, d, x, b) < 1e-9)
    }
}

// MARK: - Helpers

private func randomEntries(rows: Int, columns: Int, perColumn: Int,
                   random: inout SeededRandom) -> [(row: Int, column: Int, value: Double)] {
    var entries: [(row: Int, column: Int, value: Double)] = []
    for j in 0..<columns {
        for _ in 0..<(1 + random.below(perColumn)) {
            entries.append((row: random.below(rows), column: j, value: 2 * random.unit() - 1))
        }
    }
    return entries
}

/// Random structural columns, plus one slack column per row (as in an LP in standard
/// form), which keeps A of full row rank.
private func randomMatrix(rows: Int, structuralColumns: Int, perColumn: Int, slacks: Bool,
                  random: inout SeededRandom) -> SparseMatrix {
    var entries = randomEntries(rows: rows, columns: structuralColumns, perColumn: perColumn, random: &random)
    if slacks {
        for r in 0..<rows { entries.append((row: r, column: structuralColumns + r, value: 1)) }
    }
    return SparseMatrix(rows: rows, columns: structuralColumns + (slacks ? rows : 0), entries: entries)
}

/// M x computed as A(d ∘ (Aᵀ x)), without forming M.
private func normalProduct(_ a: SparseMatrix, _ d: [Double], _ x: [Double]) -> [Double] {
    let aty = a.multiplyTransposed(x)
    return a.multiply((0..<a.columns).map { d[$0] * aty[$0] })
}

/// Factors A·diag(d)·Aᵀ from scratch and returns the relative residual of its solve of b.
private func residualOfFreshSolve(_ a: SparseMatrix, _ d: [Double], _ b: [Double]) -> Double {
    let equations = NormalEquations(a)
    equations.factor(diagonal: d)
    return relativeResidual(a, d, equations.solve(b), b)
}

private func relativeResidual(_ a: SparseMatrix, _ d: [Double], _ x: [Double], _ b: [Double]) -> Double {
    let mx = normalProduct(a, d, x)
    var residual = 0.0, norm = 0.0
    for i in 0..<b.count {
        residual += (mx[i] - b[i]) * (mx[i] - b[i])
        norm += b[i] * b[i]
    }
    return (residual / norm).squareRoot()
}

/// Gaussian elimination with partial pivoting, for checking small systems.
private func denseSolve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double] {
    var a = matrix, b = rhs
    let n = b.count
    for k in 0..<n {
        let pivot = (k..<n).max { abs(a[$0][k]) < abs(a[$1][k]) }!
        a.swapAt(k, pivot)
        b.swapAt(k, pivot)
        for i in (k + 1)..<n {
            let factor = a[i][k] / a[k][k]
            for j in k..<n { a[i][j] -= factor * a[k][j] }
            b[i] -= factor * b[k]
        }
    }
    var x = [Double](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
        x[i] = (b[i] - ((i + 1)..<n).reduce(0) { $0 + a[i][$1] * x[$1] }) / a[i][i]
    }
    return x
}

/// Node–edge incidence matrix of a side × side 5-point grid, plus a slack per node:
/// A·Aᵀ is the grid Laplacian plus the identity.
private func gridIncidence(side: Int) -> SparseMatrix {
    var entries: [(row: Int, column: Int, value: Double)] = []
    var column = 0
    func edge(_ u: Int, _ v: Int) {
        entries.append((row: u, column: column, value: 1))
        entries.append((row: v, column: column, value: -1))
        column += 1
    }
    for r in 0..<side {
        for c in 0..<side {
            if c + 1 < side { edge(r * side + c, r * side + c + 1) }
            if r + 1 < side { edge(r * side + c, (r + 1) * side + c) }
        }
    }
    for node in 0..<(side * side) {
        entries.append((row: node, column: column, value: 1))
        column += 1
    }
    return SparseMatrix(rows: side * side, columns: column, entries: entries)
}

/// The constraint matrix of a production-planning LP with the shape of the real ones:
/// stock balance rows per (item, period) chained by stock columns; capacity rows per
/// (resource, period); a money row per period chained by carry columns. An operation
/// per (item, period) produces into the item's balance `lead` periods later, consumes
/// 1–3 inputs further down a bill of materials (mostly near neighbours, as families
/// share parts), loads 1–2 resources and spends money; purchases feed balance rows and
/// spend money; capacity rows have slacks.
private enum TimeStagedModel {
    static func matrix(items: Int = 200, resources: Int = 30, periods: Int = 52, seed: UInt64 = 7) -> SparseMatrix {
        var random = SeededRandom(seed: seed)
        func balance(_ item: Int, _ t: Int) -> Int { item * periods + t }
        func capacity(_ r: Int, _ t: Int) -> Int { items * periods + r * periods + t }
        func money(_ t: Int) -> Int { (items + resources) * periods + t }
        var entries: [(row: Int, column: Int, value: Double)] = []
        var column = 0
        func add(_ row: Int, _ value: Double) { entries.append((row: row, column: column, value: value)) }
        for i in 0..<items {
            for t in 0..<(periods - 1) {
                add(balance(i, t), 1)
                add(balance(i, t + 1), -1)
                column += 1
            }
        }
        for t in 0..<(periods - 1) {
            add(money(t), 1)
            add(money(t + 1), -1)
            column += 1
        }
        for i in 0..<items {
            let lead = random.below(4)
            var inputs: [Int] = []
            for _ in 0..<(1 + random.below(3)) where i + 1 < items {
                let input = random.unit() < 0.8 ? min(items - 1, i + 1 + random.below(8)) : i + 1 + random.below(items - i - 1)
                if !inputs.contains(input) { inputs.append(input) }
            }
            var loads = [i * resources / items]
            if random.unit() < 0.4 { loads.append(random.below(resources)) }
            for t in 0..<periods {
                if t + lead < periods { add(balance(i, t + lead), 1) }
                for input in inputs { add(balance(input, t), -(0.5 + random.unit())) }
                for r in Set(loads).sorted() { add(capacity(r, t), 0.1 + random.unit()) }
                add(money(t), -(1 + 10 * random.unit()))
                column += 1
            }
        }
        for i in 0..<items {
            for t in 0..<periods {
                add(balance(i, t), 1)
                add(money(t), -(1 + random.unit()))
                column += 1
            }
        }
        for r in 0..<resources {
            for t in 0..<periods {
                add(capacity(r, t), 1)
                column += 1
            }
        }
        return SparseMatrix(rows: (items + resources + 1) * periods, columns: column, entries: entries)
    }
}
