import Testing
@testable import BWUOptimization

@Suite("SparseMatrix: compressed sparse columns")
struct SparseMatrixTests {
    /// 3×4, given out of order and with a duplicate at (1, 2).
    static let example = SparseMatrix(rows: 3, columns: 4, entries: [
        (row: 2, column: 3, value: 5), (row: 1, column: 2, value: 1), (row: 0, column: 0, value: 2),
        (row: 1, column: 2, value: 3), (row: 0, column: 2, value: -1), (row: 2, column: 0, value: 4),
    ])

    static func dense(_ a: SparseMatrix) -> [[Double]] {
        var dense = [[Double]](repeating: [Double](repeating: 0, count: a.columns), count: a.rows)
        for j in 0..<a.columns {
            for p in a.columnStarts[j]..<a.columnStarts[j + 1] { dense[a.rowIndices[p]][j] = a.values[p] }
        }
        return dense
    }

    @Test("coordinate triples are sorted by column and row, duplicates summed")
    func fromTriples() {
        let a = Self.example
        #expect(a.columnStarts == [0, 2, 2, 4, 5])
        #expect(a.rowIndices == [0, 2, 0, 1, 2])
        #expect(a.values == [2, 4, -1, 4, 5])
        #expect(a.nonzeros == 5)
    }

    @Test("an empty matrix and empty columns are fine")
    func empty() {
        let a = SparseMatrix(rows: 2, columns: 3, entries: [])
        #expect(a.columnStarts == [0, 0, 0, 0])
        #expect(a.multiply([1, 2, 3]) == [0, 0])
        #expect(a.multiplyTransposed([1, 2]) == [0, 0, 0])
        #expect(a.transposed().columnStarts == [0, 0, 0])
    }

    @Test("the transpose swaps rows and columns, keeps rows sorted, and twice is the identity")
    func transpose() {
        let a = Self.example
        let t = a.transposed()
        #expect(t.rows == 4 && t.columns == 3)
        let dense = Self.dense(a), denseT = Self.dense(t)
        for i in 0..<3 {
            for j in 0..<4 { #expect(dense[i][j] == denseT[j][i]) }
        }
        for c in 0..<t.columns {
            let rows = Array(t.rowIndices[t.columnStarts[c]..<t.columnStarts[c + 1]])
            #expect(rows == rows.sorted())
        }
        #expect(t.transposed() == a)
    }

    @Test("A x and Aᵀ y agree with the dense products")
    func products() {
        let a = Self.example
        let dense = Self.dense(a)
        let x = [1.0, -2, 0.5, 3]
        let y = [2.0, -1, 0.25]
        let ax = a.multiply(x)
        let aty = a.multiplyTransposed(y)
        for i in 0..<3 {
            #expect(ax[i] == (0..<4).reduce(0) { $0 + dense[i][$1] * x[$1] })
        }
        for j in 0..<4 {
            #expect(aty[j] == (0..<3).reduce(0) { $0 + dense[$1][j] * y[$1] })
        }
    }
}
