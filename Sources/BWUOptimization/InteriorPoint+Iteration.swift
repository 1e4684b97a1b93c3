/// The iterates of ``InteriorPointSolver`` on a ``StandardForm``:
/// primal x (and w = u − x for bounded columns), duals y, and the reduced
/// costs z ≥ 0 of x ≥ 0 and v ≥ 0 of w ≥ 0, so that
/// A x = b, x + w = u, Aᵀy + z − v = c, and x·z = w·v = μ → 0.
struct InteriorPointState {
    let a: SparseMatrix
    let b: [Double]
    let c: [Double]
    let u: [Double]
    let bounded: [Bool]
    /// `b` and `u` are divided by this, so that iterates start near 1 whatever the model's units.
    let primalScale: Double
    let normal: NormalEquations
    var x: [Double], w: [Double], z: [Double], v: [Double], y: [Double]

    init(_ form: StandardForm) {
        a = form.a
        var scale = 1.0
        for value in form.b { scale = max(scale, abs(value)) }
        primalScale = scale
        b = form.b.map { $0 / scale }
        u = form.upper.map { $0 / scale }
        c = form.c
        bounded = u.map(\.isFinite)
        // The factor must come out bit for bit the same on every run, or plans would not be
        // deterministic: subtrees on one thread (their order of updates sets the rounding),
        // large dense products split over two (which leaves every entry's arithmetic as it is).
        normal = NormalEquations(a, threads: 1, productThreads: 2)
        let n = a.columns
        x = [Double](repeating: 1, count: n)
        w = [Double](repeating: 0, count: n)
        z = [Double](repeating: 1, count: n)
        v = [Double](repeating: 0, count: n)
        y = [Double](repeating: 0, count: a.rows)
        startingPoint()
    }

    /// Mehrotra's starting point: the least-norm solutions of A x = b and
    /// Aᵀy + z = c, shifted into the positive orthant and then balanced so
    /// that no product x·z starts far from the others.
    mutating func startingPoint() {
        let n = a.columns
        normal.factor(diagonal: [Double](repeating: 1, count: n))
        x = a.multiplyTransposed(normal.solve(b))
        y = normal.solve(a.multiply(c))
        let aty = a.multiplyTransposed(y)
        for j in 0..<n {
            let reduced = c[j] - aty[j]
            if bounded[j] {
                x[j] = min(max(x[j], 0.1 * u[j]), 0.9 * u[j])
                w[j] = u[j] - x[j]
                z[j] = max(reduced, 0)
                v[j] = max(-reduced, 0)
            } else {
                z[j] = reduced
            }
        }
        var least = 0.0, leastDual = 0.0
        for j in 0..<n {
            least = min(least, x[j])
            leastDual = min(leastDual, z[j])
            if bounded[j] { least = min(least, w[j]); leastDual = min(leastDual, v[j]) }
        }
        let shift = max(-1.5 * least, 0), dualShift = max(-1.5 * leastDual, 0)
        var product = 0.0, primalSum = 0.0, dualSum = 0.0
        for j in 0..<n {
            x[j] += shift
            z[j] += dualShift
            product += x[j] * z[j]
            primalSum += x[j]
            dualSum += z[j]
            if bounded[j] {
                w[j] += shift
                v[j] += dualShift
                product += w[j] * v[j]
                primalSum += w[j]
                dualSum += v[j]
            }
        }
        let primalBalance = dualSum > 0 ? 0.5 * product / dualSum : 0
        let dualBalance = primalSum > 0 ? 0.5 * product / primalSum : 0
        for j in 0..<n {
            x[j] = max(x[j] + primalBalance, 1e-4)
            z[j] = max(z[j] + dualBalance, 1e-4)
            if bounded[j] {
                w[j] = max(w[j] + primalBalance, 1e-4)
                v[j] = max(v[j] + dualBalance, 1e-4)
            }
        }
    }

    struct Outcome {
        var status: LinearProgramSolution.Status
        var iterations: Int
        var primalInfeasibility: Double
        var gap: Double
    }

    mutating func iterate(tolerance: Double, maxIterations: Int, report: (@Sendable (InteriorPointSolver.IterationReport) -> Void)?) -> Outcome {
        let n = a.columns
        let complementarityCount = Double(n + bounded.count(where: { $0 }))
        let bNorm = b.reduce(0) { max($0, abs($1)) }, cNorm = c.reduce(0) { max($0, abs($1)) }
        var slowSteps = 0
        // Late iterations can lose accuracy on degenerate LPs (A Θ Aᵀ nearly
        // singular): the best iterate seen is what is returned if the
        // tolerance is never reached.
        var best = Outcome(status: .iterationLimit, iterations: 0, primalInfeasibility: .infinity, gap: .infinity)
        var bestMerit = Double.infinity, bestIteration = 0
        var bestPoint = (x: x, w: w, z: z, v: v, y: y)
        func giveUp(_ status: LinearProgramSolution.Status) -> Outcome {
            (x, w, z, v, y) = bestPoint
            best.status = status
            return best
        }
        for iteration in 0..<maxIterations {
            let r = residuals()
            var primalObjective = 0.0, dualObjective = 0.0, complementarity = 0.0
            for j in 0..<n {
                primalObjective += c[j] * x[j]
                complementarity += x[j] * z[j]
                if bounded[j] { dualObjective -= u[j] * v[j]; complementarity += w[j] * v[j] }
            }
            for i in 0..<b.count { dualObjective += b[i] * y[i] }
            let mu = complementarity / complementarityCount
            let primalInfeasibility = max(r.b.reduce(0) { max($0, abs($1)) } / (1 + bNorm),
                                          r.u.reduce(0) { max($0, abs($1)) } / (1 + bNorm))
            let dualInfeasibility = r.c.reduce(0) { max($0, abs($1)) } / (1 + cNorm)
            let gap = abs(primalObjective - dualObjective) / (1 + abs(primalObjective))
            let outcome = Outcome(status: .optimal, iterations: iteration, primalInfeasibility: primalInfeasibility, gap: gap)
            if primalInfeasibility < tolerance && dualInfeasibility < tolerance && gap < tolerance { return outcome }
            let merit = InteriorPointSolver.IterationReport.error(primalInfeasibility, dualInfeasibility, gap)
            if merit < bestMerit {
                (best, bestMerit, bestIteration) = (outcome, merit, iteration)
                bestPoint = (x, w, z, v, y)
            }
            if !mu.isFinite || mu > 1e30 || slowSteps >= 5 || iteration - bestIteration >= 15 { return giveUp(.stalled) }

            // Θ⁻¹ = Z/X + V/W; capped so that columns far from their bounds do not overflow A Θ Aᵀ.
            var theta = [Double](repeating: 0, count: n)
            for j in 0..<n {
                var inverse = z[j] / x[j]
                if bounded[j] { inverse += v[j] / w[j] }
                theta[j] = min(1 / max(inverse, 1e-300), 1e14)
            }
            normal.factor(diagonal: theta)

            // Predictor: the pure Newton (affine-scaling) direction.
            var rxz = (0..<n).map { -x[$0] * z[$0] }
            var rwv = (0..<n).map { bounded[$0] ? -w[$0] * v[$0] : 0 }
            let affine = direction(theta: theta, residuals: r, rxz: rxz, rwv: rwv)
            let (alphaPrimalAffine, alphaDualAffine) = stepLengths(affine, fraction: 1)
            var affineComplementarity = 0.0
            for j in 0..<n {
                affineComplementarity += (x[j] + alphaPrimalAffine * affine.x[j]) * (z[j] + alphaDualAffine * affine.z[j])
                if bounded[j] {
                    affineComplementarity += (w[j] + alphaPrimalAffine * affine.w[j]) * (v[j] + alphaDualAffine * affine.v[j])
                }
            }
            let affineMu = affineComplementarity / complementarityCount
            let sigma = min(1, pow3(affineMu / mu))

            // Corrector: centring towards σμ plus the second-order term of the predictor.
            for j in 0..<n {
                rxz[j] = sigma * mu - x[j] * z[j] - affine.x[j] * affine.z[j]
                if bounded[j] { rwv[j] = sigma * mu - w[j] * v[j] - affine.w[j] * affine.v[j] }
            }
            var step = direction(theta: theta, residuals: r, rxz: rxz, rwv: rwv)
            var (alphaPrimal, alphaDual) = stepLengths(step, fraction: 0.9995)
            centralityCorrections(&step, &alphaPrimal, &alphaDual, theta: theta, residuals: r, rxz: &rxz, rwv: &rwv, target: sigma * mu)
            slowSteps = max(alphaPrimal, alphaDual) < 1e-6 ? slowSteps + 1 : 0
            report?(.init(iteration: iteration, primalInfeasibility: primalInfeasibility, dualInfeasibility: dualInfeasibility,
                          relativeGap: gap, mu: mu, primalStep: alphaPrimal, dualStep: alphaDual))
            for j in 0..<n {
                x[j] += alphaPrimal * step.x[j]
                z[j] += alphaDual * step.z[j]
                if bounded[j] {
                    w[j] += alphaPrimal * step.w[j]
                    v[j] += alphaDual * step.v[j]
                }
            }
            for i in 0..<y.count { y[i] += alphaDual * step.y[i] }
        }
        return giveUp(.iterationLimit)
    }

    struct Residuals {
        /// b − A x
        var b: [Double]
        /// u − x − w (0 for columns without an upper bound)
        var u: [Double]
        /// c − Aᵀy − z + v
        var c: [Double]
    }

    func residuals() -> Residuals {
        let ax = a.multiply(x), aty = a.multiplyTransposed(y)
        let n = a.columns
        var ru = [Double](repeating: 0, count: n), rc = [Double](repeating: 0, count: n)
        for j in 0..<n {
            rc[j] = c[j] - aty[j] - z[j] + (bounded[j] ? v[j] : 0)
            if bounded[j] { ru[j] = u[j] - x[j] - w[j] }
        }
        return Residuals(b: (0..<b.count).map { b[$0] - ax[$0] }, u: ru, c: rc)
    }

    struct Direction {
        var x: [Double], w: [Double], z: [Double], v: [Double], y: [Double]
    }

    /// Solves the Newton system for the complementarity targets `rxz` (for
    /// x·z) and `rwv` (for w·v) with the factor of A Θ Aᵀ already in `normal`.
    func direction(theta: [Double], residuals r: Residuals, rxz: [Double], rwv: [Double]) -> Direction {
        let n = a.columns
        // r̂ = rc − rxz/x + (rwv − v·ru)/w;  A Θ Aᵀ Δy = rb + A Θ r̂;  Δx = Θ (AᵀΔy − r̂)
        var reduced = [Double](repeating: 0, count: n)
        var scaled = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var value = r.c[j] - rxz[j] / x[j]
            if bounded[j] { value += (rwv[j] - v[j] * r.u[j]) / w[j] }
            reduced[j] = value
            scaled[j] = theta[j] * value
        }
        var rhs = a.multiply(scaled)
        for i in 0..<rhs.count { rhs[i] += r.b[i] }
        let dy = refinedSolve(rhs, theta: theta)
        let atdy = a.multiplyTransposed(dy)
        var dx = [Double](repeating: 0, count: n), dw = dx, dz = dx, dv = dx
        for j in 0..<n {
            dx[j] = theta[j] * (atdy[j] - reduced[j])
            dz[j] = (rxz[j] - z[j] * dx[j]) / x[j]
            if bounded[j] {
                dw[j] = r.u[j] - dx[j]
                dv[j] = (rwv[j] - v[j] * dw[j]) / w[j]
            }
        }
        return Direction(x: dx, w: dw, z: dz, v: dv, y: dy)
    }

    /// Gondzio's multiple centrality correctors: while the steps are short,
    /// aim at a longer one, push the complementarity products of the point
    /// it would reach back into [0.1, 10] × the target, and keep the
    /// corrected direction when it allows longer steps. Each try costs one
    /// solve with the factor already made, a small fraction of the
    /// factorisation an iteration saved costs (about 1 : 40 here).
    func centralityCorrections(
        _ step: inout Direction, _ alphaPrimal: inout Double, _ alphaDual: inout Double,
        theta: [Double], residuals r: Residuals, rxz: inout [Double], rwv: inout [Double], target: Double
    ) {
        let n = a.columns
        let low = 0.1 * target, high = 10 * target
        for _ in 0..<3 where min(alphaPrimal, alphaDual) < 0.9 {
            let aimPrimal = min(1, 1.5 * alphaPrimal + 0.1), aimDual = min(1, 1.5 * alphaDual + 0.1)
            var correctedXZ = rxz, correctedWV = rwv
            func correction(_ product: Double) -> Double {
                if product < low { return low - product }
                if product > high { return max(high - product, -high) }
                return 0
            }
            for j in 0..<n {
                correctedXZ[j] += correction((x[j] + aimPrimal * step.x[j]) * (z[j] + aimDual * step.z[j]))
                if bounded[j] { correctedWV[j] += correction((w[j] + aimPrimal * step.w[j]) * (v[j] + aimDual * step.v[j])) }
            }
            let corrected = direction(theta: theta, residuals: r, rxz: correctedXZ, rwv: correctedWV)
            let (newPrimal, newDual) = stepLengths(corrected, fraction: 0.9995)
            guard newPrimal + newDual >= 1.01 * (alphaPrimal + alphaDual) else { break }
            (step, alphaPrimal, alphaDual, rxz, rwv) = (corrected, newPrimal, newDual, correctedXZ, correctedWV)
        }
    }

    /// Solves A Θ Aᵀ Δy = rhs, then refines Δy against the exact product
    /// twice at most: late iterations make A Θ Aᵀ so ill-conditioned that one
    /// solve leaves a residual the primal infeasibility grows back from.
    func refinedSolve(_ rhs: [Double], theta: [Double]) -> [Double] {
        var dy = normal.solve(rhs)
        let size = rhs.reduce(0) { max($0, abs($1)) }
        for _ in 0..<2 {
            var product = a.multiplyTransposed(dy)
            for j in 0..<product.count { product[j] *= theta[j] }
            let mdy = a.multiply(product)
            var residual = [Double](repeating: 0, count: rhs.count)
            var largest = 0.0
            for i in 0..<rhs.count {
                residual[i] = rhs[i] - mdy[i]
                largest = max(largest, abs(residual[i]))
            }
            guard largest > 1e-12 * max(1, size) else { break }
            let correction = normal.solve(residual)
            for i in 0..<dy.count { dy[i] += correction[i] }
        }
        return dy
    }

    /// The longest primal and dual steps (≤ 1) that keep x, w and z, v
    /// positive, times `fraction` of the distance to the boundary.
    func stepLengths(_ d: Direction, fraction: Double) -> (primal: Double, dual: Double) {
        var primal = 1.0, dual = 1.0
        for j in 0..<a.columns {
            if d.x[j] < 0 { primal = min(primal, -x[j] / d.x[j]) }
            if d.z[j] < 0 { dual = min(dual, -z[j] / d.z[j]) }
            if bounded[j] {
                if d.w[j] < 0 { primal = min(primal, -w[j] / d.w[j]) }
                if d.v[j] < 0 { dual = min(dual, -v[j] / d.v[j]) }
            }
        }
        return (min(1, fraction * primal), min(1, fraction * dual))
    }
}

@inline(__always) private func pow3(_ value: Double) -> Double { value * value * value }
