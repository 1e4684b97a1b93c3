/// The structure of the factor L of P·A·D·Aᵀ·Pᵀ = L·diag·Lᵀ, known before any numbers:
/// it depends only on the pattern of A, so an interior-point method computes it once
/// and refactors with new D every iteration.
struct CholeskySymbolic: Sendable {
    /// `permutation[new] = old` row of A; postordered so that supernodes are contiguous.
    let permutation: [Int]
    /// `inversePermutation[old] = new`.
    let inversePermutation: [Int]
    /// Nonzeros of L (diagonal included) in the exact, unrelaxed structure.
    let factorNonzeros: Int
    let supernodes: Supernodes
    /// For each pair of nonzeros of each column of A (in `NormalEquations.assemble`'s
    /// loop order), the index in the supernodal value array that receives a[i]·d[j]·a[k].
    /// Precomputing it turns assembly into one scatter loop.
    let pairSlots: [Int32]
    /// Index in the value array of each diagonal entry of L (column order).
    let diagonalSlots: [Int]

    init(_ a: SparseMatrix, ordering: FillReducingOrdering) {
        let graph = Self.normalEquationsGraph(a)
        let order = Self.fillReducingOrder(graph, ordering)
        // Postordering the elimination tree does not change the fill but numbers each
        // subtree contiguously, which makes supernodes contiguous and keeps the numeric
        // phase's working set local.
        let firstInverse = Self.inverse(order)
        let firstParent = Self.eliminationTree(graph, permutation: order, inverse: firstInverse)
        let post = Self.postorder(parent: firstParent)
        let permutation = post.map { order[$0] }
        let inversePermutation = Self.inverse(permutation)
        let parent = Self.eliminationTree(graph, permutation: permutation, inverse: inversePermutation)
        let (columnStarts, rowIndices) = Self.factorPattern(graph, permutation: permutation,
                                                            inverse: inversePermutation, parent: parent)
        let supernodes = Supernodes(parent: parent, columnStarts: columnStarts, rowIndices: rowIndices)
        self.permutation = permutation
        self.inversePermutation = inversePermutation
        self.factorNonzeros = columnStarts[a.rows]
        self.supernodes = supernodes
        self.pairSlots = Self.assemblySlots(a, inverse: inversePermutation, supernodes: supernodes)
        self.diagonalSlots = (0..<a.rows).map { supernodes.slot(row: $0, column: $0) }
    }

    /// `.automatic` computes both orderings and keeps the one whose factorization needs
    /// fewer flops (as CHOLMOD does): minimum degree wins on irregular graphs, nested
    /// dissection on grid- and chain-like ones, and the count is cheap next to a factorization.
    static func fillReducingOrder(_ graph: AdjacencyGraph, _ ordering: FillReducingOrdering) -> [Int] {
        switch ordering {
        case .natural:
            return Array(0..<graph.vertexCount)
        case .approximateMinimumDegree:
            return MinimumDegreeOrdering.approximateMinimumDegree(graph)
        case .nestedDissection:
            return NestedDissectionOrdering.order(graph)
        case .automatic:
            let minimumDegree = MinimumDegreeOrdering.approximateMinimumDegree(graph)
            let dissection = NestedDissectionOrdering.order(graph)
            return factorizationWork(graph, order: dissection) < factorizationWork(graph, order: minimumDegree)
                ? dissection : minimumDegree
        }
    }

    /// Σ (column count)² of L for `order`: proportional to the flops of the factorization.
    static func factorizationWork(_ graph: AdjacencyGraph, order: [Int]) -> Double {
        let inverse = inverse(order)
        let parent = eliminationTree(graph, permutation: order, inverse: inverse)
        let counts = columnCounts(graph, permutation: order, inverse: inverse, parent: parent)
        return counts.reduce(0) { $0 + Double($1) * Double($1) }
    }

    static func inverse(_ permutation: [Int]) -> [Int] {
        var inverse = [Int](repeating: 0, count: permutation.count)
        for (new, old) in permutation.enumerated() { inverse[old] = new }
        return inverse
    }

    /// Pattern of A·Aᵀ without its diagonal: rows i and k are adjacent when some column
    /// of A has nonzeros in both.
    static func normalEquationsGraph(_ a: SparseMatrix) -> AdjacencyGraph {
        let m = a.rows
        let rowsOfA = a.transposed()
        var starts = [Int](repeating: 0, count: m + 1)
        var neighbours: [Int] = []
        var marker = [Int](repeating: -1, count: m)
        for i in 0..<m {
            marker[i] = i
            for p in rowsOfA.columnStarts[i]..<rowsOfA.columnStarts[i + 1] {
                let j = rowsOfA.rowIndices[p]
                for q in a.columnStarts[j]..<a.columnStarts[j + 1] {
                    let k = a.rowIndices[q]
                    if marker[k] != i {
                        marker[k] = i
                        neighbours.append(k)
                    }
                }
            }
            starts[i + 1] = neighbours.count
        }
        return AdjacencyGraph(vertexCount: m, starts: starts, neighbours: neighbours)
    }

    /// Liu's algorithm with path compression: the parent of column k is the first row
    /// below the diagonal of column k of L.
    static func eliminationTree(_ graph: AdjacencyGraph, permutation: [Int], inverse: [Int]) -> [Int] {
        let m = graph.vertexCount
        var parent = [Int](repeating: -1, count: m)
        var ancestor = [Int](repeating: -1, count: m)
        for j in 0..<m {
            let old = permutation[j]
            for p in graph.starts[old]..<graph.starts[old + 1] {
                var r = inverse[graph.neighbours[p]]
                if r >= j { continue }
                while r != -1 && r != j {
                    let next = ancestor[r]
                    ancestor[r] = j
                    if next == -1 { parent[r] = j }
                    r = next
                }
            }
        }
        return parent
    }

    /// Depth-first postorder of the forest, children visited in ascending order.
    static func postorder(parent: [Int]) -> [Int] {
        let m = parent.count
        var firstChild = [Int](repeating: -1, count: m)
        var nextSibling = [Int](repeating: -1, count: m)
        for j in stride(from: m - 1, through: 0, by: -1) where parent[j] != -1 {
            nextSibling[j] = firstChild[parent[j]]
            firstChild[parent[j]] = j
        }
        var order: [Int] = []
        order.reserveCapacity(m)
        var stack: [Int] = []
        for root in 0..<m where parent[root] == -1 {
            stack.append(root)
            while let node = stack.last {
                let child = firstChild[node]
                if child != -1 {
                    firstChild[node] = nextSibling[child]
                    stack.append(child)
                } else {
                    stack.removeLast()
                    order.append(node)
                }
            }
        }
        return order
    }

    /// Row i of L is the union of the etree paths from each k < i with M[i,k] ≠ 0 up to i
    /// (the row subtree); `visit` is called once for each k in it.
    static func forEachRowSubtree(_ graph: AdjacencyGraph, permutation: [Int], inverse: [Int], parent: [Int],
                                  _ visit: (_ row: Int, _ column: Int) -> Void) {
        let m = graph.vertexCount
        var marker = [Int](repeating: -1, count: m)
        for i in 0..<m {
            marker[i] = i
            let old = permutation[i]
            for p in graph.starts[old]..<graph.starts[old + 1] {
                var r = inverse[graph.neighbours[p]]
                if r > i { continue }
                while marker[r] != i {
                    visit(i, r)
                    marker[r] = i
                    r = parent[r]
                }
            }
        }
    }

    /// Nonzeros per column of L, diagonal included.
    static func columnCounts(_ graph: AdjacencyGraph, permutation: [Int], inverse: [Int], parent: [Int]) -> [Int] {
        var counts = [Int](repeating: 1, count: graph.vertexCount)
        forEachRowSubtree(graph, permutation: permutation, inverse: inverse, parent: parent) { _, k in counts[k] += 1 }
        return counts
    }

    /// Walking rows in ascending order appends rows to each column in ascending order,
    /// so L's columns come out sorted without a sort.
    static func factorPattern(_ graph: AdjacencyGraph, permutation: [Int], inverse: [Int],
                              parent: [Int]) -> ([Int], [Int32]) {
        let m = graph.vertexCount
        let counts = columnCounts(graph, permutation: permutation, inverse: inverse, parent: parent)
        var columnStarts = [Int](repeating: 0, count: m + 1)
        for j in 0..<m { columnStarts[j + 1] = columnStarts[j] + counts[j] }
        precondition(columnStarts[m] < Int(Int32.max), "factor too large for 32-bit slot indices")
        var rowIndices = [Int32](repeating: 0, count: columnStarts[m])
        var next = Array(columnStarts.prefix(m))
        for j in 0..<m {
            rowIndices[next[j]] = Int32(j)
            next[j] += 1
        }
        forEachRowSubtree(graph, permutation: permutation, inverse: inverse, parent: parent) { i, k in
            rowIndices[next[k]] = Int32(i)
            next[k] += 1
        }
        return (columnStarts, rowIndices)
    }

    /// For each column of A and each pair (p ≥ q) of its nonzeros, the position in L of
    /// the entry the product lands on (lower triangle, permuted).
    static func assemblySlots(_ a: SparseMatrix, inverse: [Int], supernodes: Supernodes) -> [Int32] {
        var pairCount = 0
        for j in 0..<a.columns {
            let count = a.columnStarts[j + 1] - a.columnStarts[j]
            pairCount += count * (count + 1) / 2
        }
        precondition(supernodes.storedValues < Int(Int32.max), "factor too large for 32-bit slot indices")
        var slots = [Int32]()
        slots.reserveCapacity(pairCount)
        for j in 0..<a.columns {
            let begin = a.columnStarts[j], end = a.columnStarts[j + 1]
            for p in begin..<end {
                let rowP = inverse[a.rowIndices[p]]
                for q in begin...p {
                    let rowQ = inverse[a.rowIndices[q]]
                    slots.append(Int32(supernodes.slot(row: max(rowP, rowQ), column: min(rowP, rowQ))))
                }
            }
        }
        return slots
    }
}

extension Supernodes {
    /// Index in the value array of L[row, column] (row ≥ column, inside the pattern).
    func slot(row: Int, column: Int) -> Int {
        let s = Int(supernodeOfColumn[column])
        var low = rowStart[s], high = rowStart[s + 1]
        let target = Int32(row)
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < target { low = middle + 1 } else { high = middle }
        }
        precondition(low < rowStart[s + 1] && rows[low] == target, "entry of A·Aᵀ missing from the symbolic factor")
        return valueStart[s] + (column - firstColumn[s]) * rowCount(s) + (low - rowStart[s])
    }
}
