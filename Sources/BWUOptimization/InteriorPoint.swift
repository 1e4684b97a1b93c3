/// Mehrotra's predictor–corrector primal–dual interior-point method for
/// linear programs, with upper bounds handled implicitly and the Newton
/// systems reduced to the normal equations A Θ Aᵀ Δy = r, factored by a
/// sparse Cholesky (``NormalEquations``) once per iteration and solved twice.
///
/// Chosen over the simplex method for the planning LPs: they are massively
/// degenerate (stock is zero almost everywhere), which stalls a primal
/// simplex, while the interior-point method takes a few dozen iterations
/// whatever the degeneracy. The solution is the one the iterates converge to:
/// on an LP with several optimal vertices, a point inside the optimal face.
/// Callers that need a vertex-like solution perturb the objective so that the
/// optimum is unique.
public struct InteriorPointSolver: Sendable {
    /// Relative primal and dual infeasibility and duality gap at which the solve stops.
    public var tolerance: Double
    public var maxIterations: Int
    /// Called once per iteration with its figures (for progress and diagnosis).
    public var onIteration: (@Sendable (IterationReport) -> Void)?

    public init(tolerance: Double = 1e-8, maxIterations: Int = 200, onIteration: (@Sendable (IterationReport) -> Void)? = nil) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.onIteration = onIteration
    }

    public struct IterationReport: Sendable {
        public var iteration: Int
        public var primalInfeasibility: Double
        public var dualInfeasibility: Double
        public var relativeGap: Double
        public var mu: Double
        public var primalStep: Double
        public var dualStep: Double

        /// How far the iterate is from optimal: the largest of the relative
        /// infeasibilities and the gap. The solve stops when all three are
        /// below the tolerance, and keeps the iterate where this is least.
        public var error: Double { Self.error(primalInfeasibility, dualInfeasibility, relativeGap) }

        static func error(_ primalInfeasibility: Double, _ dualInfeasibility: Double, _ relativeGap: Double) -> Double {
            max(primalInfeasibility, dualInfeasibility, relativeGap)
        }
    }

    public func solve(_ lp: LinearProgram) -> LinearProgramSolution {
        let form = StandardForm(lp)
        var state = InteriorPointState(form)
        let outcome = state.iterate(tolerance: tolerance, maxIterations: maxIterations, report: onIteration)

        var x = lp.columnLower
        for (k, j) in form.columnOrigin.enumerated() {
            x[j] = min(lp.columnUpper[j], lp.columnLower[j] + state.x[k] * state.primalScale)
        }
        var duals = [Double](repeating: 0, count: lp.matrix.rows)
        for (i, r) in form.rowOrigin.enumerated() {
            duals[r] = form.sign * state.y[i] * form.objectiveScale
        }
        var value = 0.0
        for j in 0..<x.count { value += lp.objective[j] * x[j] }
        return LinearProgramSolution(
            status: outcome.status, x: x, rowDuals: duals, objectiveValue: value,
            iterations: outcome.iterations, primalInfeasibility: outcome.primalInfeasibility, relativeGap: outcome.gap
        )
    }
}
