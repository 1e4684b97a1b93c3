import Dispatch

/// The dense inner kernel of the supernodal factorization, where nearly all its flops go.
///
/// `dest[i + j·ldd] -= Σ_c a[i + c·lda] · w[c + j·ldw]` for i < rows, j < columns, c < inner
/// (column-major C −= A·W). Written for the baseline x86-64/ARM vector width (two doubles)
/// without BLAS: a 4×4 register block (eight two-lane accumulators) reuses each loaded
/// element of A four times and each of W four times, and rows are processed in chunks
/// so that a chunk of A stays in cache while all column blocks of W pass over it.
///
/// Every entry of C is computed by the same operations in the same order (its sum over c
/// from zero, then one subtraction), whichever block, chunk or thread its row falls in.
/// So a large product can be split by rows over several threads and still come out bit
/// for bit as on one: the factor, and the plans made from it, stay deterministic.
enum DenseKernels {
    static let rowChunk = 128
    /// Multiply-adds below which a product stays on one thread. Waking a second costs
    /// microseconds; a product of this size takes a fraction of a millisecond. On the guide's
    /// LPs 2¹⁸ gained less and 2²¹ the same (docs/planning.md, tenth round).
    static let parallelWork = 1 << 20

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD2<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD2<Double>.self)
    }

    @inline(__always)
    private static func subtract(_ value: SIMD2<Double>, at p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: load(UnsafePointer(p)) - value, as: SIMD2<Double>.self)
    }

    /// Doubles of scratch `subtractProduct` needs for `inner` × `columns`.
    static func packingSize(inner: Int, columns: Int) -> Int { 2 * inner * (columns + 3) }

    /// `packing` must hold `packingSize(inner:columns:)` doubles: W is copied there with
    /// every value duplicated, so the kernel loads ready-made two-lane broadcasts
    /// (baseline SSE2 has no broadcast load, and shuffles compete with the arithmetic).
    ///
    /// `split` says over how many threads, by rows, a product of at least how many multiply-adds runs.
    static func subtractProduct(_ dest: UnsafeMutablePointer<Double>, ldd: Int,
                                _ a: UnsafePointer<Double>, lda: Int,
                                _ w: UnsafePointer<Double>, ldw: Int,
                                rows: Int, inner: Int, columns: Int,
                                packing: UnsafeMutablePointer<Double>, split: ProductSplit) {
        if rows <= 0 || inner <= 0 || columns <= 0 { return }
        let fullBlocks = columns / 4
        for block in 0..<fullBlocks {
            let packed = packing + block * 8 * inner
            for c in 0..<inner {
                for q in 0..<4 {
                    let value = w[c + (4 * block + q) * ldw]
                    packed[8 * c + 2 * q] = value
                    packed[8 * c + 2 * q + 1] = value
                }
            }
        }
        let product = Product(dest: dest, ldd: ldd, a: a, lda: lda, w: w, ldw: ldw, packed: UnsafePointer(packing),
                              inner: inner, columns: columns)
        let parts = rows * inner * columns >= split.minimumWork ? min(split.threads, rows / 8) : 1
        guard parts > 1 else {
            product.subtract(rows: 0..<rows)
            return
        }
        // Shares of whole four-row groups, so that each thread runs the vector path as one would.
        let share = (rows + 4 * parts - 1) / (4 * parts) * 4
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let from = part * share
            if from < rows { product.subtract(rows: from..<min(rows, from + share)) }
        }
    }

    /// One product with W already packed, handed to the threads that share its rows
    /// (`@unchecked Sendable`: they write disjoint rows of `dest` and only read the rest).
    private struct Product: @unchecked Sendable {
        let dest: UnsafeMutablePointer<Double>, ldd: Int
        let a: UnsafePointer<Double>, lda: Int
        let w: UnsafePointer<Double>, ldw: Int
        let packed: UnsafePointer<Double>
        let inner: Int, columns: Int

        func subtract(rows: Range<Int>) {
            let fullBlocks = columns / 4
            var chunkStart = rows.lowerBound
            while chunkStart < rows.upperBound {
                let chunkEnd = min(rows.upperBound, chunkStart + rowChunk)
                for block in 0..<fullBlocks {
                    block4(dest + 4 * block * ldd, ldd: ldd, a, lda: lda, packed + block * 8 * inner,
                           from: chunkStart, to: chunkEnd, inner: inner)
                }
                for j in (4 * fullBlocks)..<columns {
                    block1(dest + j * ldd, a, lda: lda, w + j * ldw, from: chunkStart, to: chunkEnd, inner: inner)
                }
                chunkStart = chunkEnd
            }
        }
    }

    /// Four columns of C at once; `packed` holds W's four columns as duplicated pairs, c-major.
    @inline(__always)
    private static func block4(_ d: UnsafeMutablePointer<Double>, ldd: Int,
                               _ a: UnsafePointer<Double>, lda: Int,
                               _ packed: UnsafePointer<Double>,
                               from: Int, to: Int, inner: Int) {
        let d0 = d, d1 = d + ldd, d2 = d + 2 * ldd, d3 = d + 3 * ldd
        var i = from
        while i + 4 <= to {
            var c00 = SIMD2<Double>(), c01 = SIMD2<Double>(), c10 = SIMD2<Double>(), c11 = SIMD2<Double>()
            var c20 = SIMD2<Double>(), c21 = SIMD2<Double>(), c30 = SIMD2<Double>(), c31 = SIMD2<Double>()
            var ap = a + i
            var wp = packed
            for _ in 0..<inner {
                let a0 = load(ap), a1 = load(ap + 2)
                let b0 = load(wp), b1 = load(wp + 2), b2 = load(wp + 4), b3 = load(wp + 6)
                c00 += a0 * b0; c01 += a1 * b0
                c10 += a0 * b1; c11 += a1 * b1
                c20 += a0 * b2; c21 += a1 * b2
                c30 += a0 * b3; c31 += a1 * b3
                ap += lda
                wp += 8
            }
            subtract(c00, at: d0 + i); subtract(c01, at: d0 + i + 2)
            subtract(c10, at: d1 + i); subtract(c11, at: d1 + i + 2)
            subtract(c20, at: d2 + i); subtract(c21, at: d2 + i + 2)
            subtract(c30, at: d3 + i); subtract(c31, at: d3 + i + 2)
            i += 4
        }
        while i < to {
            var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
            var ap = a + i
            var wp = packed
            for _ in 0..<inner {
                let x = ap.pointee
                s0 += x * wp[0]; s1 += x * wp[2]; s2 += x * wp[4]; s3 += x * wp[6]
                ap += lda
                wp += 8
            }
            d0[i] -= s0; d1[i] -= s1; d2[i] -= s2; d3[i] -= s3
            i += 1
        }
    }

    /// One column of C.
    @inline(__always)
    private static func block1(_ d: UnsafeMutablePointer<Double>,
                               _ a: UnsafePointer<Double>, lda: Int,
                               _ w: UnsafePointer<Double>,
                               from: Int, to: Int, inner: Int) {
        var i = from
        while i + 4 <= to {
            var c0 = SIMD2<Double>(), c1 = SIMD2<Double>()
            var ap = a + i
            for c in 0..<inner {
                let b = SIMD2(repeating: w[c])
                c0 += load(ap) * b
                c1 += load(ap + 2) * b
                ap += lda
            }
            subtract(c0, at: d + i)
            subtract(c1, at: d + i + 2)
            i += 4
        }
        while i < to {
            var s = 0.0
            var ap = a + i
            for c in 0..<inner {
                s += ap.pointee * w[c]
                ap += lda
            }
            d[i] -= s
            i += 1
        }
    }
}

/// Over how many threads `DenseKernels.subtractProduct` splits its products, and from what size.
struct ProductSplit: Sendable {
    var threads = 1
    var minimumWork = DenseKernels.parallelWork
}
