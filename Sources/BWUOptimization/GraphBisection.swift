/// Multilevel graph bisection for nested dissection: a small vertex separator that
/// splits a connected graph into two halves of similar weight.
enum GraphBisection {
    /// Coarsening stops at this many vertices; the coarsest graph is bisected directly.
    static let coarsestSize = 80
    /// Each half may weigh up to this share of the total.
    static let balance = 0.55
    static let initialTries = 6

    /// `side[v]` is 0 or 1 for the two halves, 2 for the separator.
    static func vertexSeparator(_ graph: WeightedGraph, random: inout SeededRandom) -> [UInt8] {
        var best: [UInt8] = []
        var bestSize = Int.max
        // Separators high in the tree decide most of the fill: worth a few tries there.
        for _ in 0..<(graph.count > 3000 ? 3 : 1) {
            let side = multilevelSeparator(graph, random: &random)
            let size = graph.separatorWeight(side)
            if size < bestSize {
                best = side
                bestSize = size
            }
        }
        return best
    }

    /// Multilevel vertex separator: the coarsest graph's bisection becomes a separator
    /// there, which is projected back level by level (a coarse separator vertex puts all
    /// its constituents in the separator) and thinned by separator refinement at each.
    static func multilevelSeparator(_ graph: WeightedGraph, random: inout SeededRandom) -> [UInt8] {
        let (levels, maps) = coarsen(graph, random: &random)
        var side = initialSeparator(levels[levels.count - 1], random: &random)
        for level in stride(from: levels.count - 2, through: 0, by: -1) {
            let map = maps[level]
            side = (0..<levels[level].count).map { side[map[$0]] }
            refineSeparator(levels[level], side: &side)
        }
        return side
    }

    /// The hierarchy of ever coarser graphs, and for each level its fine → coarse map.
    static func coarsen(_ graph: WeightedGraph, random: inout SeededRandom) -> ([WeightedGraph], [[Int]]) {
        var levels = [graph]
        var maps: [[Int]] = []
        while levels[levels.count - 1].count > coarsestSize {
            let fine = levels[levels.count - 1]
            let (map, coarseCount) = heavyEdgeMatching(fine, random: &random)
            if Double(coarseCount) > 0.92 * Double(fine.count) { break }
            levels.append(contract(fine, map: map, coarseCount: coarseCount))
            maps.append(map)
        }
        return (levels, maps)
    }

    /// Pairs each vertex with its unmatched neighbour of heaviest edge (visited in random
    /// order so that matchings don't run along one direction); returns fine → coarse.
    static func heavyEdgeMatching(_ graph: WeightedGraph, random: inout SeededRandom) -> ([Int], Int) {
        var match = [Int](repeating: -1, count: graph.count)
        var map = [Int](repeating: -1, count: graph.count)
        var coarseCount = 0
        for v in random.shuffled(graph.count) where match[v] == -1 {
            var best = v, bestWeight = -1
            for p in graph.starts[v]..<graph.starts[v + 1] {
                let u = graph.neighbours[p]
                if match[u] == -1 && u != v && graph.edgeWeights[p] > bestWeight {
                    best = u
                    bestWeight = graph.edgeWeights[p]
                }
            }
            match[v] = best
            match[best] = v
            map[v] = coarseCount
            map[best] = coarseCount
            coarseCount += 1
        }
        return (map, coarseCount)
    }

    static func contract(_ graph: WeightedGraph, map: [Int], coarseCount: Int) -> WeightedGraph {
        // Each coarse vertex has one or two fine members.
        var firstMember = [Int](repeating: -1, count: coarseCount)
        var secondMember = [Int](repeating: -1, count: coarseCount)
        for v in 0..<graph.count {
            if firstMember[map[v]] == -1 { firstMember[map[v]] = v } else { secondMember[map[v]] = v }
        }
        var slot = [Int](repeating: -1, count: coarseCount)
        var starts = [Int](repeating: 0, count: coarseCount + 1)
        var neighbours: [Int] = [], edgeWeights: [Int] = []
        neighbours.reserveCapacity(graph.neighbours.count)
        edgeWeights.reserveCapacity(graph.neighbours.count)
        var vertexWeights = [Int](repeating: 0, count: coarseCount)
        graph.starts.withUnsafeBufferPointer { fineStarts in
            graph.neighbours.withUnsafeBufferPointer { fineNeighbours in
                graph.edgeWeights.withUnsafeBufferPointer { fineWeights in
                    for c in 0..<coarseCount {
                        let begin = neighbours.count
                        for v in [firstMember[c], secondMember[c]] where v != -1 {
                            vertexWeights[c] += graph.vertexWeights[v]
                            for p in fineStarts[v]..<fineStarts[v + 1] {
                                let d = map[fineNeighbours[p]]
                                if d == c { continue }
                                if slot[d] >= begin {
                                    edgeWeights[slot[d]] += fineWeights[p]
                                } else {
                                    slot[d] = neighbours.count
                                    neighbours.append(d)
                                    edgeWeights.append(fineWeights[p])
                                }
                            }
                        }
                        starts[c + 1] = neighbours.count
                    }
                }
            }
        }
        return WeightedGraph(starts: starts, neighbours: neighbours, edgeWeights: edgeWeights, vertexWeights: vertexWeights)
    }

    /// Breadth-first region from a random seed until it holds half the weight: side 0.
    static func grownRegion(_ graph: WeightedGraph, random: inout SeededRandom) -> [UInt8] {
        let total = graph.totalWeight
        var side = [UInt8](repeating: 1, count: graph.count)
        var weight = 0
        var queue = [random.below(graph.count)]
        side[queue[0]] = 0
        var head = 0
        while weight * 2 < total {
            if head == queue.count {
                // Disconnected coarse graph: continue growing from any vertex still outside.
                guard let next = (0..<graph.count).first(where: { side[$0] == 1 }) else { break }
                side[next] = 0
                queue.append(next)
            }
            let v = queue[head]
            head += 1
            weight += graph.vertexWeights[v]
            for p in graph.starts[v]..<graph.starts[v + 1] where side[graph.neighbours[p]] == 1 {
                side[graph.neighbours[p]] = 0
                queue.append(graph.neighbours[p])
            }
        }
        // Vertices queued but not reached by the weight budget go back to side 1.
        for v in queue[head...] { side[v] = 1 }
        return side
    }

    /// Region growing as for the edge bisection, but each try is turned into a refined
    /// separator and the lightest separator wins.
    static func initialSeparator(_ graph: WeightedGraph, random: inout SeededRandom) -> [UInt8] {
        var best: [UInt8] = []
        var bestWeight = Int.max
        for _ in 0..<initialTries {
            var side = grownRegion(graph, random: &random)
            refine(graph, side: &side)
            coverCutEdges(graph, side: &side)
            refineSeparator(graph, side: &side)
            let weight = graph.separatorWeight(side)
            if weight < bestWeight {
                bestWeight = weight
                best = side
            }
        }
        return best
    }
}
