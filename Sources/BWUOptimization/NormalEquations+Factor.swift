import Dispatch

/// One thread's scratch memory for the numeric factorization, sized once from the
/// supernode structure so that `factor` allocates nothing. Raw buffers rather than
/// arrays: the kernel holds several at once, which array accessors would treat as
/// overlapping accesses. `@unchecked Sendable` because each thread uses its own.
final class NumericWorkspace: @unchecked Sendable {
    /// Position of each row of the supernode being factored inside its row list.
    let relativeRow: UnsafeMutableBufferPointer<Int32>
    /// Linked lists of supernodes waiting to update a given supernode.
    let waitingHead: UnsafeMutableBufferPointer<Int32>
    let waitingNext: UnsafeMutableBufferPointer<Int32>
    /// Relative positions of one update's rows in its target.
    let targetRows: UnsafeMutableBufferPointer<Int>
    /// L·D of the update's source columns, and the update itself.
    let scaled: UnsafeMutableBufferPointer<Double>
    let update: UnsafeMutableBufferPointer<Double>
    /// Scratch of the dense kernel.
    let packing: UnsafeMutableBufferPointer<Double>

    /// Columns factored together inside a supernode before the rest of it is updated.
    static let panelWidth = 32

    init(_ supernodes: Supernodes) {
        var largestBelow = 0, largestScaled = 1, largestRows = 1, largestPacking = 1
        for s in 0..<supernodes.count {
            let rows = supernodes.rowCount(s), columns = supernodes.columnCount(s)
            largestRows = max(largestRows, rows)
            largestBelow = max(largestBelow, rows - columns)
            // Update from s: (columns × below); panel update inside s: (columns × panel).
            let updateColumns = max(rows - columns, min(columns, Self.panelWidth))
            largestScaled = max(largestScaled, columns * updateColumns)
            largestPacking = max(largestPacking, DenseKernels.packingSize(inner: columns, columns: updateColumns))
        }
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, count))
            buffer.initialize(repeating: value)
            return buffer
        }
        relativeRow = buffer(supernodes.firstColumn[supernodes.count], 0)
        waitingHead = buffer(supernodes.count, -1)
        waitingNext = buffer(supernodes.count, -1)
        targetRows = buffer(largestRows, 0)
        scaled = buffer(largestScaled, 0)
        update = buffer(max(1, largestBelow * largestBelow), 0)
        packing = buffer(largestPacking, 0)
    }

    deinit {
        relativeRow.deallocate()
        waitingHead.deallocate()
        waitingNext.deallocate()
        targetRows.deallocate()
        scaled.deallocate()
        update.deallocate()
        packing.deallocate()
    }
}

extension NormalEquations {
    /// Writes the lower triangle of P(A·diag(d)·Aᵀ + δI)Pᵀ into the supernodal blocks;
    /// returns the largest diagonal entry.
    func assemble(_ d: [Double], regularization: Double) -> Double {
        var largestDiagonal = 0.0
        matrix.columnStarts.withUnsafeBufferPointer { aStarts in
            matrix.values.withUnsafeBufferPointer { aValues in
                symbolic.pairSlots.withUnsafeBufferPointer { slots in
                    factorValues.withUnsafeMutableBufferPointer { l in
                        l.update(repeating: 0)
                        var slot = 0
                        for j in 0..<matrix.columns {
                            let begin = aStarts[j], end = aStarts[j + 1]
                            let dj = d[j]
                            for p in begin..<end {
                                let scaled = aValues[p] * dj
                                for q in begin...p {
                                    l[Int(slots[slot])] += scaled * aValues[q]
                                    slot += 1
                                }
                            }
                        }
                        for position in symbolic.diagonalSlots {
                            l[position] += regularization
                            largestDiagonal = max(largestDiagonal, l[position])
                        }
                    }
                }
            }
        }
        return largestDiagonal
    }

    /// Left-looking supernodal LDLᵀ (see `SupernodalFactorization`), on the schedule's
    /// threads: disjoint subtrees at once, then the supernodes above them on one thread.
    /// Returns the number of dropped pivots.
    func factorAssembled(pivotTolerance: Double) -> Int {
        let supernodes = symbolic.supernodes
        if supernodes.count == 0 { return 0 }
        let schedule = self.schedule
        let workspaces = self.workspaces
        return supernodes.rows.withUnsafeBufferPointer { rowIndex in
            factorValues.withUnsafeMutableBufferPointer { values in
                updatePosition.withUnsafeMutableBufferPointer { position in
                    let factorization = SupernodalFactorization(
                        supernodes: supernodes, values: values.baseAddress!, rowIndex: rowIndex.baseAddress!,
                        position: position.baseAddress!, pivotTolerance: pivotTolerance, productSplit: productSplit)
                    var dropped = 0
                    if !schedule.parallel.isEmpty {
                        let droppedPerThread = UnsafeMutableBufferPointer<Int>.allocate(capacity: schedule.parallel.count)
                        defer { droppedPerThread.deallocate() }
                        let results = SendableBuffer(droppedPerThread)
                        DispatchQueue.concurrentPerform(iterations: schedule.parallel.count) { thread in
                            let workspace = workspaces[thread]
                            workspace.waitingHead.update(repeating: -1)
                            var count = 0
                            for s in schedule.parallel[thread] { count += factorization.factor(s, workspace: workspace) }
                            results.buffer[thread] = count
                        }
                        dropped = droppedPerThread.reduce(0, +)
                    }
                    // The finish: every supernode done so far waits for its next target.
                    let workspace = workspaces[0]
                    workspace.waitingHead.update(repeating: -1)
                    for members in schedule.parallel {
                        for d in members { factorization.link(d, workspace: workspace) }
                    }
                    for s in schedule.sequential { dropped += factorization.factor(s, workspace: workspace) }
                    return dropped
                }
            }
        }
    }
}

/// A buffer handed to worker threads that write disjoint entries of it.
struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
