extension GraphBisection {
    /// Fiduccia–Mattheyses passes: move the vertex of best gain (cut reduction), lock it,
    /// keep going through a short run of bad moves to climb out of local minima, then
    /// roll back to the best state seen. An unbalanced start (after projection) counts
    /// as worse than any balanced one, so refinement also restores balance.
    static func refine(_ graph: WeightedGraph, side: inout [UInt8]) {
        for _ in 0..<8 {
            if !refinementPass(graph, side: &side) { return }
        }
    }

    /// One FM pass; returns whether it improved the bisection.
    private static func refinementPass(_ graph: WeightedGraph, side: inout [UInt8]) -> Bool {
        let n = graph.count
        let total = graph.totalWeight
        let heaviest = graph.vertexWeights.max() ?? 1
        let limit = max(Int(balance * Double(total)), (total + 1) / 2 + heaviest)
        var weight = [0, 0]
        for v in 0..<n { weight[Int(side[v])] += graph.vertexWeights[v] }
        var gain = [Int](repeating: 0, count: n)
        var heap = GainHeap()
        var cut = 0
        for v in 0..<n {
            var external = 0, inside = 0
            for p in graph.starts[v]..<graph.starts[v + 1] {
                if side[graph.neighbours[p]] == side[v] { inside += graph.edgeWeights[p] } else { external += graph.edgeWeights[p] }
            }
            gain[v] = external - inside
            cut += external
            if external > 0 { heap.push(gain: gain[v], vertex: v) }
        }
        cut /= 2
        func excess(_ weight: [Int]) -> Int { max(0, max(weight[0], weight[1]) - limit) }
        var bestExcess = excess(weight), bestCut = cut, bestMoves = 0
        var locked = [Bool](repeating: false, count: n)
        var moves: [Int] = []
        let patience = min(max(40, n / 50), 250)
        while let (entryGain, v) = heap.pop() {
            if locked[v] || entryGain != gain[v] { continue }
            let from = Int(side[v]), to = 1 - from
            let w = graph.vertexWeights[v]
            // Allowed if the receiving side stays within the limit, or if it relieves an overweight side.
            if weight[to] + w > limit && weight[from] <= weight[to] { continue }
            side[v] = UInt8(to)
            weight[from] -= w
            weight[to] += w
            cut -= gain[v]
            locked[v] = true
            moves.append(v)
            gain[v] = -gain[v]
            for p in graph.starts[v]..<graph.starts[v + 1] {
                let u = graph.neighbours[p]
                if locked[u] { continue }
                gain[u] += Int(side[u]) == to ? -2 * graph.edgeWeights[p] : 2 * graph.edgeWeights[p]
                heap.push(gain: gain[u], vertex: u)
            }
            let currentExcess = excess(weight)
            if currentExcess < bestExcess || (currentExcess == bestExcess && cut < bestCut) {
                bestExcess = currentExcess
                bestCut = cut
                bestMoves = moves.count
            } else if moves.count - bestMoves > patience {
                break
            }
        }
        for v in moves[bestMoves...] { side[v] = 1 - side[v] }
        return bestMoves > 0
    }

    /// Replaces the cut edges by a minimum vertex cover of them (König's theorem on the
    /// bipartite graph of cut edges): those vertices become the separator, side 2.
    static func coverCutEdges(_ graph: WeightedGraph, side: inout [UInt8]) {
        let n = graph.count
        var isBoundary = [Bool](repeating: false, count: n)
        var left: [Int] = []
        for v in 0..<n {
            for p in graph.starts[v]..<graph.starts[v + 1] where side[graph.neighbours[p]] != side[v] {
                isBoundary[v] = true
                break
            }
            if isBoundary[v] && side[v] == 0 { left.append(v) }
        }
        // Maximum matching of the cut edges by breadth-first augmenting paths.
        var mate = [Int](repeating: -1, count: n)
        var visitedBy = [Int](repeating: -1, count: n)
        var cameFrom = [Int](repeating: -1, count: n)
        for (round, root) in left.enumerated() where mate[root] == -1 {
            var queue = [root]
            var head = 0
            var freeRight = -1
            visitedBy[root] = round
            search: while head < queue.count {
                let v = queue[head]
                head += 1
                for p in graph.starts[v]..<graph.starts[v + 1] {
                    let u = graph.neighbours[p]
                    if side[u] != 1 || visitedBy[u] == round { continue }
                    visitedBy[u] = round
                    cameFrom[u] = v
                    if mate[u] == -1 {
                        freeRight = u
                        break search
                    }
                    visitedBy[mate[u]] = round
                    queue.append(mate[u])
                }
            }
            var u = freeRight
            while u != -1 {
                let v = cameFrom[u]
                let previous = mate[v]
                mate[v] = u
                mate[u] = v
                u = previous
            }
        }
        // Z: reachable from unmatched left vertices by alternating paths. Cover = (left \ Z) ∪ (right ∩ Z).
        var reached = [Bool](repeating: false, count: n)
        var queue = left.filter { mate[$0] == -1 }
        for v in queue { reached[v] = true }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for p in graph.starts[v]..<graph.starts[v + 1] {
                let u = graph.neighbours[p]
                if side[u] != 1 || reached[u] { continue }
                reached[u] = true
                if mate[u] != -1 && !reached[mate[u]] {
                    reached[mate[u]] = true
                    queue.append(mate[u])
                }
            }
        }
        for v in 0..<n where isBoundary[v] {
            if side[v] == 0 && !reached[v] { side[v] = 2 }
            if side[v] == 1 && reached[v] { side[v] = 2 }
        }
    }
}

/// Binary max-heap of (gain, vertex) with lazy deletion: stale entries are skipped by the caller.
struct GainHeap {
    private var entries: [(gain: Int, vertex: Int)] = []

    private static func above(_ a: (gain: Int, vertex: Int), _ b: (gain: Int, vertex: Int)) -> Bool {
        a.gain > b.gain || (a.gain == b.gain && a.vertex < b.vertex)
    }

    mutating func push(gain: Int, vertex: Int) {
        entries.append((gain, vertex))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if !Self.above(entries[child], entries[parent]) { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    func peek() -> (Int, Int)? { entries.first.map { ($0.gain, $0.vertex) } }

    mutating func pop() -> (Int, Int)? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var largest = parent
                if left < entries.count && Self.above(entries[left], entries[largest]) { largest = left }
                if right < entries.count && Self.above(entries[right], entries[largest]) { largest = right }
                if largest == parent { break }
                entries.swapAt(parent, largest)
                parent = largest
            }
        }
        return (top.gain, top.vertex)
    }
}
