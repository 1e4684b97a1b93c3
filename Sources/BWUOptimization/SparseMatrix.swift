/// A real matrix in compressed sparse column form.
///
/// Column `j` holds the entries `columnStarts[j] ..< columnStarts[j + 1]` of
/// `rowIndices` and `values`; within a column the row indices are sorted and unique,
/// which the symbolic Cholesky phase relies on.
public struct SparseMatrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// `columns + 1` offsets into `rowIndices` and `values`.
    public let columnStarts: [Int]
    public let rowIndices: [Int]
    public let values: [Double]

    public var nonzeros: Int { columnStarts[columns] }

    /// Wraps arrays already in compressed sparse column form; the caller guarantees
    /// sorted, unique row indices per column.
    public init(rows: Int, columns: Int, columnStarts: [Int], rowIndices: [Int], values: [Double]) {
        precondition(rows >= 0 && columns >= 0, "negative dimension")
        precondition(columnStarts.count == columns + 1, "columnStarts must have columns + 1 entries")
        precondition(rowIndices.count == values.count, "rowIndices and values differ in length")
        precondition(columnStarts.last == rowIndices.count, "columnStarts does not end at the entry count")
        self.rows = rows
        self.columns = columns
        self.columnStarts = columnStarts
        self.rowIndices = rowIndices
        self.values = values
    }

    /// Builds the matrix from coordinate triples in any order; duplicates are summed
    /// (the usual convention when a model adds a coefficient twice). Explicit zeros are kept.
    public init(rows: Int, columns: Int, entries: [(row: Int, column: Int, value: Double)]) {
        precondition(rows >= 0 && columns >= 0, "negative dimension")
        // Counting sort by row, then by column: both passes are stable, so each column
        // ends up with ascending rows and duplicates adjacent.
        var rowCounts = [Int](repeating: 0, count: rows + 1)
        for entry in entries {
            precondition(entry.row >= 0 && entry.row < rows && entry.column >= 0 && entry.column < columns,
                         "entry (\(entry.row), \(entry.column)) outside \(rows)×\(columns)")
            rowCounts[entry.row + 1] += 1
        }
        for r in 0..<rows { rowCounts[r + 1] += rowCounts[r] }
        var byRow = [Int](repeating: 0, count: entries.count)
        for (index, entry) in entries.enumerated() {
            byRow[rowCounts[entry.row]] = index
            rowCounts[entry.row] += 1
        }
        var starts = [Int](repeating: 0, count: columns + 1)
        for entry in entries { starts[entry.column + 1] += 1 }
        for c in 0..<columns { starts[c + 1] += starts[c] }
        var next = starts
        var order = [Int](repeating: 0, count: entries.count)
        for index in byRow {
            let column = entries[index].column
            order[next[column]] = index
            next[column] += 1
        }
        var rowIndices: [Int] = []
        var values: [Double] = []
        rowIndices.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        var compressedStarts = [Int](repeating: 0, count: columns + 1)
        for c in 0..<columns {
            let columnBegin = rowIndices.count
            for position in starts[c]..<starts[c + 1] {
                let entry = entries[order[position]]
                if rowIndices.count > columnBegin, rowIndices[rowIndices.count - 1] == entry.row {
                    values[values.count - 1] += entry.value
                } else {
                    rowIndices.append(entry.row)
                    values.append(entry.value)
                }
            }
            compressedStarts[c + 1] = rowIndices.count
        }
        self.init(rows: rows, columns: columns, columnStarts: compressedStarts, rowIndices: rowIndices, values: values)
    }

    /// Aᵀ, again with sorted rows per column (a counting sort gives that for free).
    public func transposed() -> SparseMatrix {
        var starts = [Int](repeating: 0, count: rows + 1)
        for r in rowIndices { starts[r + 1] += 1 }
        for r in 0..<rows { starts[r + 1] += starts[r] }
        var next = starts
        var newRows = [Int](repeating: 0, count: nonzeros)
        var newValues = [Double](repeating: 0, count: nonzeros)
        for c in 0..<columns {
            for p in columnStarts[c]..<columnStarts[c + 1] {
                let r = rowIndices[p]
                newRows[next[r]] = c
                newValues[next[r]] = values[p]
                next[r] += 1
            }
        }
        return SparseMatrix(rows: columns, columns: rows, columnStarts: starts, rowIndices: newRows, values: newValues)
    }

    /// A x.
    public func multiply(_ x: [Double]) -> [Double] {
        precondition(x.count == columns, "x has \(x.count) entries, A has \(columns) columns")
        var y = [Double](repeating: 0, count: rows)
        columnStarts.withUnsafeBufferPointer { starts in
            rowIndices.withUnsafeBufferPointer { rowIndex in
                values.withUnsafeBufferPointer { value in
                    y.withUnsafeMutableBufferPointer { y in
                        for c in 0..<columns {
                            let xc = x[c]
                            if xc == 0 { continue }
                            for p in starts[c]..<starts[c + 1] { y[rowIndex[p]] += value[p] * xc }
                        }
                    }
                }
            }
        }
        return y
    }

    /// Aᵀ y, computed column by column as dot products so no transpose is needed.
    public func multiplyTransposed(_ y: [Double]) -> [Double] {
        precondition(y.count == rows, "y has \(y.count) entries, A has \(rows) rows")
        var x = [Double](repeating: 0, count: columns)
        columnStarts.withUnsafeBufferPointer { starts in
            rowIndices.withUnsafeBufferPointer { rowIndex in
                values.withUnsafeBufferPointer { value in
                    y.withUnsafeBufferPointer { y in
                        x.withUnsafeMutableBufferPointer { x in
                            for c in 0..<columns {
                                var sum = 0.0
                                for p in starts[c]..<starts[c + 1] { sum += value[p] * y[rowIndex[p]] }
                                x[c] = sum
                            }
                        }
                    }
                }
            }
        }
        return x
    }
}
