/// Which fill-reducing ordering the symbolic phase uses.
public enum FillReducingOrdering: Sendable {
    /// Both of the below, keeping the one with less factorization work: the default.
    case automatic
    /// Approximate minimum degree.
    case approximateMinimumDegree
    /// Nested dissection (multilevel bisection, minimum degree on the small pieces).
    case nestedDissection
    /// Rows in their given order: only for comparison and tests.
    case natural
}

/// The normal equations M = A·diag(d)·Aᵀ of an interior-point method, factored as
/// P·(M + δI)·Pᵀ = L·D·Lᵀ and solved many times with the same pattern.
///
/// The pattern of A never changes during an interior-point solve, only d does, so all
/// structural work — ordering, elimination tree, pattern of L, where each product
/// a[i]·d[j]·a[k] lands — happens once in `init`. `factor` is then pure arithmetic on
/// preallocated arrays. A class, because the factor is large mutable state reused
/// across iterations; not `Sendable` — one solver owns it (`factor` itself may split its
/// work over a second thread, see `FactorSchedule`).
public final class NormalEquations {
    public let matrix: SparseMatrix
    let symbolic: CholeskySymbolic
    /// L in `symbolic.supernodes`' dense blocks; diagonal positions hold D.
    var factorValues: [Double]
    /// Which thread factors which supernodes.
    let schedule: FactorSchedule
    /// One per thread of the schedule (at least one), allocated once.
    let workspaces: [NumericWorkspace]
    /// Per supernode: index (into its row list) of the first row it has not yet updated.
    var updatePosition: [Int]
    /// How each large dense product of `factor` is split over threads, by rows.
    let productSplit: ProductSplit

    /// Pivots replaced by `droppedPivotValue` in the last `factor` call: the numerical
    /// rank deficiency of M (dependent rows of A, or columns of A with d ≈ 0).
    public private(set) var droppedPivots = 0
    /// Replaces a singular pivot so its solution component is ~0 (the PCx/HOPDM rule):
    /// large enough to zero the component, small enough that its square stays finite.
    public static let droppedPivotValue = 1e128

    /// Nonzeros of L including the diagonal.
    public var factorNonzeros: Int { symbolic.factorNonzeros }
    /// Number of rows of A, the order of M.
    public var dimension: Int { matrix.rows }

    /// Runs the symbolic phase.
    /// - Parameters:
    ///   - ordering: the fill-reducing ordering; `.automatic` tries two and keeps the cheaper.
    ///   - threads: threads `factor` may use (disjoint subtrees in parallel); 1 keeps
    ///     everything on the caller's thread. Small factorizations always run on one.
    ///     The factor's rounding then depends on the number of threads.
    ///   - productThreads: threads each large dense product is split over, by rows. Every
    ///     entry is computed as on one thread, so the factor is bit for bit the same
    ///     whatever the number (`DenseKernels`).
    public convenience init(_ a: SparseMatrix, ordering: FillReducingOrdering = .automatic, threads: Int = 2,
                            productThreads: Int = 1) {
        self.init(a, ordering: ordering, threads: threads, productSplit: ProductSplit(threads: max(1, productThreads)),
                  minimumParallelWork: FactorSchedule.minimumParallelWork)
    }

    /// `minimumParallelWork` and `productSplit.minimumWork` let tests run small problems on several threads.
    init(_ a: SparseMatrix, ordering: FillReducingOrdering, threads: Int, productSplit: ProductSplit = ProductSplit(),
         minimumParallelWork: Double) {
        let symbolic = CholeskySymbolic(a, ordering: ordering)
        let schedule = FactorSchedule(symbolic.supernodes, threads: max(1, threads), minimumWork: minimumParallelWork)
        matrix = a
        self.symbolic = symbolic
        self.schedule = schedule
        factorValues = [Double](repeating: 0, count: symbolic.supernodes.storedValues)
        workspaces = (0..<max(1, schedule.parallel.count)).map { _ in NumericWorkspace(symbolic.supernodes) }
        updatePosition = [Int](repeating: 0, count: symbolic.supernodes.count)
        self.productSplit = productSplit
    }

    /// Numeric LDLᵀ factorization of A·diag(d)·Aᵀ + δI, δ = `regularization`.
    ///
    /// Near an interior-point optimum M is close to singular, and dependent rows of A make
    /// it exactly singular. A pivot ≤ max(1e-30, 1e-14 · largest diagonal of M + δI) is
    /// therefore not trusted: it is replaced by `droppedPivotValue` and its column of L is
    /// zeroed, so the corresponding solution component becomes ~0 and the rest of the
    /// factor is untouched by round-off garbage (the PCx/HOPDM rule). NaN pivots (from NaN
    /// in d) are dropped the same way, so the factor never contains NaN from this step.
    ///
    /// δ is absolute. It keeps empty rows of A from giving zero pivots, but it also lifts
    /// a dependent row's pivot to about 2δ, which is dropped only once 1e-14 · max diag
    /// exceeds that — in an interior-point method as soon as d has grown past O(100).
    /// Until then the regularized system is solved as it stands, which is harmless for a
    /// consistent right-hand side; pass 0 to drop every dependent row.
    public func factor(diagonal d: [Double], regularization: Double = 1e-12) {
        precondition(d.count == matrix.columns, "d has \(d.count) entries, A has \(matrix.columns) columns")
        let largestDiagonal = assemble(d, regularization: regularization)
        let tolerance = max(1e-30, 1e-14 * largestDiagonal)
        droppedPivots = factorAssembled(pivotTolerance: tolerance)
    }
}
