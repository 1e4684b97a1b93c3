/// Which supernodes each thread factors.
///
/// Disjoint subtrees of the supernodal elimination tree never update each other, so they
/// can be factored at the same time; what lies above them (for nested dissection, the
/// top separators) is factored afterwards by one thread. Subtrees are split from the top
/// until they can be dealt to the threads with a balanced share of the flops.
struct FactorSchedule: Sendable {
    /// Per thread, its supernodes in ascending (postorder) order.
    let parallel: [[Int]]
    /// The supernodes left for the single-threaded finish, ascending.
    let sequential: [Int]

    /// Below this many flops a factorization is too quick to be worth waking threads.
    static let minimumParallelWork = 2e7

    init(_ supernodes: Supernodes, threads: Int, minimumWork: Double = Self.minimumParallelWork) {
        let count = supernodes.count
        var parent = [Int](repeating: -1, count: count)
        var subtreeWork = [Double](repeating: 0, count: count)
        var firstDescendant = Array(0..<count)
        var children = [[Int]](repeating: [], count: count)
        for s in 0..<count {
            let columns = supernodes.columnCount(s), rows = supernodes.rowCount(s)
            for j in 0..<columns { subtreeWork[s] += Double((rows - j) * (rows - j)) }
            if rows > columns {
                let p = Int(supernodes.supernodeOfColumn[Int(supernodes.rows[supernodes.rowStart[s] + columns])])
                parent[s] = p
                children[p].append(s)
                subtreeWork[p] += subtreeWork[s]
                firstDescendant[p] = min(firstDescendant[p], firstDescendant[s])
            }
        }
        let total = (0..<count).reduce(0.0) { parent[$1] == -1 ? $0 + subtreeWork[$1] : $0 }
        guard threads > 1, total >= minimumWork, count > 1 else {
            parallel = []
            sequential = Array(0..<count)
            return
        }

        var subtrees = (0..<count).filter { parent[$0] == -1 }
        var bins: [[Int]] = []
        for _ in 0..<256 {
            subtrees.sort { subtreeWork[$0] > subtreeWork[$1] || (subtreeWork[$0] == subtreeWork[$1] && $0 < $1) }
            bins = Self.deal(subtrees, work: subtreeWork, threads: threads)
            let shares = bins.map { $0.reduce(0.0) { $0 + subtreeWork[$1] } }
            let mean = shares.reduce(0, +) / Double(threads)
            guard let largest = subtrees.first, shares.max()! > 1.1 * mean, !children[largest].isEmpty else { break }
            subtrees.removeFirst()
            subtrees.append(contentsOf: children[largest])
        }
        var inParallel = [Bool](repeating: false, count: count)
        parallel = bins.map { roots in
            var members: [Int] = []
            for root in roots {
                for s in firstDescendant[root]...root {
                    members.append(s)
                    inParallel[s] = true
                }
            }
            return members.sorted()
        }
        sequential = (0..<count).filter { !inParallel[$0] }
    }

    /// Longest processing time first: each subtree (heaviest first) to the lightest thread.
    private static func deal(_ subtrees: [Int], work: [Double], threads: Int) -> [[Int]] {
        var bins = [[Int]](repeating: [], count: threads)
        var load = [Double](repeating: 0, count: threads)
        for subtree in subtrees {
            let lightest = load.indices.min { load[$0] < load[$1] }!
            bins[lightest].append(subtree)
            load[lightest] += work[subtree]
        }
        return bins
    }
}
