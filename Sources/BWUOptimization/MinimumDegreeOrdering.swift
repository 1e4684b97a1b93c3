/// The nonzero pattern of a symmetric matrix as an undirected graph: both triangles,
/// no diagonal. Vertex `v`'s neighbours are `neighbours[starts[v] ..< starts[v + 1]]`.
struct AdjacencyGraph: Sendable {
    let vertexCount: Int
    let starts: [Int]
    let neighbours: [Int]
}

/// Approximate minimum degree ordering (Amestoy, Davis & Duff, SIAM J. Matrix Anal. Appl. 17, 1996).
///
/// Eliminating a vertex of a sparse symmetric matrix joins all its neighbours into a
/// clique; picking, at each step, a vertex of (nearly) least degree keeps those cliques,
/// and with them the fill-in of the Cholesky factor, small. Explicit cliques would cost
/// too much, so the graph is kept as a quotient graph: an eliminated vertex becomes an
/// *element* standing for its clique, and a variable's neighbourhood is its remaining
/// variable neighbours plus the union of its adjacent elements. Exact degrees of that
/// union are expensive, so AMD uses an upper bound computed from `|Le \ Lk|` — cheap and,
/// in practice, as good as exact minimum degree.
///
/// Besides approximate degrees this implements element absorption (an element whose
/// clique is covered by the new one disappears, including "aggressive" absorption),
/// mass elimination (variables whose whole neighbourhood is the new element are
/// eliminated with the pivot), supervariables (indistinguishable variables, found by
/// hashing their adjacency lists, are merged and eliminated together) and the usual
/// treatment of dense rows (ordered last, so they don't spoil the degree of everyone else).
///
/// The result depends only on the graph: degree lists are last-in-first-out and are seeded
/// in descending index order, so initial ties go to the lowest index.
enum MinimumDegreeOrdering {
    /// Returns the elimination order: `order[k]` is the vertex eliminated `k`-th.
    static func approximateMinimumDegree(_ graph: AdjacencyGraph) -> [Int] {
        var state = QuotientGraph(graph)
        return state.eliminateAll()
    }
}

/// Working storage of the AMD elimination. Node ids are vertex ids; a node is a live
/// variable, an element (eliminated pivot still representing a clique), or dead.
///
/// Adjacency lists live in one shared array `lists`: node `i`'s list is
/// `lists[start[i] ..< start[i] + length[i]]`, its first `elementCount[i]` entries
/// being elements and the rest variables. New elements are appended at the end of the
/// array instead of being garbage collected in place: the extra memory is bounded by the
/// number of nonzeros of the factor, which the caller has to store anyway.
struct QuotientGraph {
    let n: Int
    var lists: [Int]
    var start: [Int]
    var length: [Int]
    /// Elements in a variable's list; -2 marks an element, -1 a dead node.
    var elementCount: [Int]
    /// Supervariable size; 0 for non-principal or dead nodes, negated while in the pivot's element.
    var weight: [Int]
    /// Approximate external degree of a variable, or `|Le|` of an element.
    var degree: [Int]
    /// Work marks: `w[e] - mark` is `|Le \ Lk|` during a pivot step; 0 means a dead element.
    var w: [Int]
    var mark = 2
    var degreeHead: [Int]
    var degreeNext: [Int]
    var degreePrevious: [Int]
    var hashHead: [Int]
    var hashNext: [Int]
    var hashKey: [Int]
    /// Members of each supervariable as a linked list, so the order can list every vertex.
    var memberNext: [Int]
    var memberTail: [Int]
    var denseVertices: [Int] = []
    var eliminated = 0
    var minimumDegree = 0
    var largestElement = 0

    init(_ graph: AdjacencyGraph) {
        n = graph.vertexCount
        lists = graph.neighbours
        lists.reserveCapacity(graph.neighbours.count * 2 + n)
        start = Array(graph.starts.prefix(n))
        length = (0..<n).map { graph.starts[$0 + 1] - graph.starts[$0] }
        elementCount = [Int](repeating: 0, count: n)
        weight = [Int](repeating: 1, count: n)
        degree = length
        w = [Int](repeating: 1, count: n)
        degreeHead = [Int](repeating: -1, count: n + 1)
        degreeNext = [Int](repeating: -1, count: n)
        degreePrevious = [Int](repeating: -1, count: n)
        hashHead = [Int](repeating: -1, count: n)
        hashNext = [Int](repeating: -1, count: n)
        hashKey = [Int](repeating: 0, count: n)
        memberNext = [Int](repeating: -1, count: n)
        memberTail = Array(0..<n)

        // A row this dense would make every neighbour look expensive; it is cheaper to
        // order it last and leave it out of the degree computations (weight 0).
        let denseThreshold = max(16, Int(10 * Double(n).squareRoot()))
        for i in stride(from: n - 1, through: 0, by: -1) {
            if degree[i] > denseThreshold && n > 2 {
                weight[i] = 0
                elementCount[i] = -1
                eliminated += 1
                denseVertices.append(i)
            } else {
                insertInDegreeList(i, degree: degree[i])
            }
        }
        denseVertices.reverse()
    }

    mutating func eliminateAll() -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(n)
        while eliminated < n {
            let pivot = eliminateNextPivot()
            var member = pivot
            while member != -1 {
                order.append(member)
                member = memberNext[member]
            }
        }
        order.append(contentsOf: denseVertices)
        precondition(order.count == n, "minimum degree ordering lost vertices")
        return order
    }

    mutating func insertInDegreeList(_ i: Int, degree d: Int) {
        let first = degreeHead[d]
        degreeNext[i] = first
        degreePrevious[i] = -1
        if first != -1 { degreePrevious[first] = i }
        degreeHead[d] = i
    }

    mutating func removeFromDegreeList(_ i: Int) {
        let next = degreeNext[i], previous = degreePrevious[i]
        if next != -1 { degreePrevious[next] = previous }
        if previous != -1 { degreeNext[previous] = next } else { degreeHead[degree[i]] = next }
    }

    mutating func appendMembers(of j: Int, to i: Int) {
        memberNext[memberTail[i]] = j
        memberTail[i] = memberTail[j]
    }
}
