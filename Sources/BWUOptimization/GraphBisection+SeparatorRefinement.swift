extension GraphBisection {
    /// Fiduccia–Mattheyses on the vertex separator itself (as METIS's node refinement):
    /// moving separator vertex v into one half pulls its neighbours from the other half
    /// into the separator, so the gain is w(v) − w(those neighbours). A cut-edge cover is
    /// only minimal for the cut it started from; these moves also change the cut, and
    /// typically shrink separators by a fifth.
    static func refineSeparator(_ graph: WeightedGraph, side: inout [UInt8]) {
        for _ in 0..<6 {
            if !separatorPass(graph, side: &side) { return }
        }
    }

    private static func separatorPass(_ graph: WeightedGraph, side: inout [UInt8]) -> Bool {
        let n = graph.count
        let total = graph.totalWeight
        let limit = max(Int(balance * Double(total)), (total + 1) / 2 + (graph.vertexWeights.max() ?? 1))
        var weight: (Int, Int, Int) = (0, 0, 0)
        for v in 0..<n {
            switch side[v] {
            case 0: weight.0 += graph.vertexWeights[v]
            case 1: weight.1 += graph.vertexWeights[v]
            default: weight.2 += graph.vertexWeights[v]
            }
        }
        func halfWeight(_ half: Int) -> Int { half == 0 ? weight.0 : weight.1 }
        func addToHalf(_ half: Int, _ amount: Int) { if half == 0 { weight.0 += amount } else { weight.1 += amount } }
        /// Weight of each separator vertex's neighbours in half 0 and in half 1.
        /// Entry 2v + h: weight of separator vertex v's neighbours in half h.
        var toHalf = [Int](repeating: 0, count: 2 * n)
        func recount(_ v: Int) {
            toHalf[2 * v] = 0
            toHalf[2 * v + 1] = 0
            for p in graph.starts[v]..<graph.starts[v + 1] {
                let u = graph.neighbours[p]
                if side[u] < 2 { toHalf[2 * v + Int(side[u])] += graph.vertexWeights[u] }
            }
        }
        /// Gain of moving separator vertex v into half `to`: the other half's neighbours join the separator.
        func gain(_ v: Int, _ to: Int) -> Int { graph.vertexWeights[v] - toHalf[2 * v + 1 - to] }
        var heaps = [GainHeap(), GainHeap()]
        for v in 0..<n where side[v] == 2 {
            recount(v)
            heaps[0].push(gain: gain(v, 0), vertex: v)
            heaps[1].push(gain: gain(v, 1), vertex: v)
        }
        var locked = [Bool](repeating: false, count: n)
        var changes: [(vertex: Int, side: UInt8)] = []
        var bestSeparator = weight.2, bestChanges = 0
        let patience = min(max(30, n / 100), 200)
        var sinceBest = 0
        func valid(_ to: Int) -> (gain: Int, vertex: Int)? {
            while let (g, v) = heaps[to].peek() {
                if side[v] == 2 && !locked[v] && g == gain(v, to) { return (g, v) }
                _ = heaps[to].pop()
            }
            return nil
        }
        while sinceBest < patience {
            // The better of the two halves' best moves, among those keeping the balance.
            var choice: (to: Int, vertex: Int, gain: Int)?
            for to in 0..<2 {
                guard let (g, v) = valid(to) else { continue }
                if halfWeight(to) + graph.vertexWeights[v] > limit { _ = heaps[to].pop(); continue }
                if choice == nil || g > choice!.gain || (g == choice!.gain && halfWeight(to) < halfWeight(1 - to)) {
                    choice = (to, v, g)
                }
            }
            guard let (to, v, _) = choice else {
                if heaps[0].isEmpty && heaps[1].isEmpty { break }
                continue
            }
            _ = heaps[to].pop()
            let other = 1 - to
            locked[v] = true
            changes.append((v, 2))
            side[v] = UInt8(to)
            weight.2 -= graph.vertexWeights[v]
            addToHalf(to, graph.vertexWeights[v])
            for p in graph.starts[v]..<graph.starts[v + 1] {
                let u = graph.neighbours[p]
                if side[u] == 2 {
                    toHalf[2 * u + to] += graph.vertexWeights[v]
                    if !locked[u] { heaps[other].push(gain: gain(u, other), vertex: u) }
                } else if Int(side[u]) == other {
                    changes.append((u, side[u]))
                    side[u] = 2
                    addToHalf(other, -graph.vertexWeights[u])
                    weight.2 += graph.vertexWeights[u]
                    recount(u)
                    if !locked[u] {
                        heaps[0].push(gain: gain(u, 0), vertex: u)
                        heaps[1].push(gain: gain(u, 1), vertex: u)
                    }
                    for q in graph.starts[u]..<graph.starts[u + 1] {
                        let x = graph.neighbours[q]
                        if side[x] == 2 && x != v {
                            toHalf[2 * x + other] -= graph.vertexWeights[u]
                            if !locked[x] { heaps[to].push(gain: gain(x, to), vertex: x) }
                        }
                    }
                }
            }
            if weight.2 < bestSeparator {
                bestSeparator = weight.2
                bestChanges = changes.count
                sinceBest = 0
            } else {
                sinceBest += 1
            }
        }
        for change in changes[bestChanges...].reversed() { side[change.vertex] = change.side }
        return bestChanges > 0
    }
}

