/// The numeric work on one supernode, shared by the factorization threads.
///
/// `@unchecked Sendable`: it carries raw pointers into the factor. Threads only write
/// the blocks and update positions of supernodes in their own subtrees, and read blocks
/// of descendants, which are finished before any ancestor starts (`FactorSchedule`).
struct SupernodalFactorization: @unchecked Sendable {
    let supernodes: Supernodes
    let values: UnsafeMutablePointer<Double>
    let rowIndex: UnsafePointer<Int32>
    /// Per supernode: index (into its row list) of the first row it has not yet updated.
    let position: UnsafeMutablePointer<Int>
    let pivotTolerance: Double
    /// How each large dense product is split over threads (`DenseKernels.subtractProduct`).
    let productSplit: ProductSplit

    /// Factors supernode `s`: every earlier supernode with rows in its columns (found in
    /// the workspace's lists, keyed by the next row they update) contributes one dense
    /// product, scattered into the block through relative row positions; then the block
    /// itself is factored. Returns the pivots dropped.
    func factor(_ s: Int, workspace: NumericWorkspace) -> Int {
        let head = workspace.waitingHead, next = workspace.waitingNext
        let relativeRow = workspace.relativeRow, targetRows = workspace.targetRows
        let w = workspace.scaled.baseAddress!, c = workspace.update.baseAddress!
        let packing = workspace.packing.baseAddress!
        let first = supernodes.firstColumn[s], columns = supernodes.columnCount(s)
        let rowCount = supernodes.rowCount(s), last = first + columns - 1
        let rows = rowIndex + supernodes.rowStart[s]
        let block = values + supernodes.valueStart[s]
        for i in 0..<rowCount { relativeRow[Int(rows[i])] = Int32(i) }

        var d = Int(head[s])
        while d != -1 {
            let following = Int(next[d])
            let sourceColumns = supernodes.columnCount(d), sourceRowCount = supernodes.rowCount(d)
            let sourceRows = rowIndex + supernodes.rowStart[d]
            let source = values + supernodes.valueStart[d]
            let p0 = position[d]
            var p1 = p0
            while p1 < sourceRowCount && Int(sourceRows[p1]) <= last { p1 += 1 }
            let targetColumns = p1 - p0, updateRows = sourceRowCount - p0
            // W = D·(rows p0..<p1 of the source)ᵀ, column-major sourceColumns × targetColumns.
            for k in 0..<sourceColumns {
                let column = source + k * sourceRowCount, pivot = column[k]
                for j in 0..<targetColumns { w[k + j * sourceColumns] = column[p0 + j] * pivot }
            }
            c.update(repeating: 0, count: updateRows * targetColumns)
            DenseKernels.subtractProduct(c, ldd: updateRows, source + p0, lda: sourceRowCount,
                                         w, ldw: sourceColumns,
                                         rows: updateRows, inner: sourceColumns, columns: targetColumns,
                                         packing: packing, split: productSplit)
            for i in 0..<updateRows { targetRows[i] = Int(relativeRow[Int(sourceRows[p0 + i])]) }
            for j in 0..<targetColumns {
                let target = block + targetRows[j] * rowCount
                let column = c + j * updateRows
                for i in j..<updateRows { target[targetRows[i]] += column[i] }
            }
            position[d] = p1
            link(d, workspace: workspace)
            d = following
        }

        let dropped = Self.factorBlock(block, rows: rowCount, columns: columns, scaled: w,
                                       packing: packing, pivotTolerance: pivotTolerance, productSplit: productSplit)
        position[s] = columns
        link(s, workspace: workspace)
        return dropped
    }

    /// Queues supernode `d` for the supernode holding its next row to update, if any.
    func link(_ d: Int, workspace: NumericWorkspace) {
        let p = position[d]
        guard p < supernodes.rowCount(d) else { return }
        let target = Int(supernodes.supernodeOfColumn[Int(rowIndex[supernodes.rowStart[d] + p])])
        workspace.waitingNext[d] = workspace.waitingHead[target]
        workspace.waitingHead[target] = Int32(d)
    }

    /// Dense LDLᵀ of one supernode's block (rows × columns, column-major, the top square
    /// being the diagonal block): panels of `panelWidth` columns are factored column by
    /// column, and each panel first receives the update of all columns left of it as one
    /// dense product. A pivot at or below the tolerance (or NaN) is dropped: D = 1e128 and
    /// a zero column, so it changes nothing downstream.
    static func factorBlock(_ block: UnsafeMutablePointer<Double>, rows: Int, columns: Int,
                            scaled w: UnsafeMutablePointer<Double>, packing: UnsafeMutablePointer<Double>,
                            pivotTolerance: Double, productSplit: ProductSplit) -> Int {
        var dropped = 0
        var panelStart = 0
        while panelStart < columns {
            let panelEnd = min(columns, panelStart + NumericWorkspace.panelWidth)
            let width = panelEnd - panelStart
            if panelStart > 0 {
                for k in 0..<panelStart {
                    let column = block + k * rows, pivot = column[k]
                    for j in 0..<width { w[k + j * panelStart] = column[panelStart + j] * pivot }
                }
                DenseKernels.subtractProduct(block + panelStart + panelStart * rows, ldd: rows,
                                             block + panelStart, lda: rows, w, ldw: panelStart,
                                             rows: rows - panelStart, inner: panelStart, columns: width,
                                             packing: packing, split: productSplit)
            }
            for j in panelStart..<panelEnd {
                let column = block + j * rows
                for k in panelStart..<j {
                    let source = block + k * rows
                    let factor = source[j] * source[k]
                    if factor == 0 { continue }
                    for i in j..<rows { column[i] -= source[i] * factor }
                }
                let pivot = column[j]
                if pivot > pivotTolerance {
                    let inverse = 1 / pivot
                    for i in (j + 1)..<rows { column[i] *= inverse }
                } else {
                    dropped += 1
                    column[j] = NormalEquations.droppedPivotValue
                    for i in (j + 1)..<rows { column[i] = 0 }
                }
            }
            panelStart = panelEnd
        }
        return dropped
    }
}
