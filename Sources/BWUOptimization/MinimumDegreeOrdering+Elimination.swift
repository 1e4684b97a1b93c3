/// The pivot step of approximate minimum degree, in the phases of Amestoy, Davis & Duff's
/// algorithm: form the new element, measure |Le \ Lk|, update degrees (absorbing
/// elements and mass-eliminating variables), detect supervariables, finalize degrees.
extension QuotientGraph {
    /// One AMD step: picks the pivot `k`, forms its element `Lk`, updates the degrees of
    /// the variables in `Lk`, merges indistinguishable ones. Returns `k` (whose member list
    /// then holds every vertex eliminated in this step).
    mutating func eliminateNextPivot() -> Int {
        var k = -1
        while minimumDegree < n {
            k = degreeHead[minimumDegree]
            if k != -1 { break }
            minimumDegree += 1
        }
        removeFromDegreeList(k)
        let (elementStart, elementEnd) = formElement(k)
        computeExternalSizes(elementStart, elementEnd)
        updateDegrees(pivot: k, elementStart, elementEnd)
        mark += largestElement
        mergeIndistinguishable(elementStart, elementEnd)
        finalizeDegrees(pivot: k, elementStart, elementEnd)
        return k
    }

    /// Builds `Lk`, the union of the pivot's variables and the variables of its elements
    /// (which are absorbed). Members get negative weight so later scans recognise them.
    mutating func formElement(_ k: Int) -> (Int, Int) {
        let pivotElements = elementCount[k]
        let pivotWeight = weight[k]
        eliminated += pivotWeight
        weight[k] = -pivotWeight
        var p = start[k]
        let inPlace = pivotElements == 0
        let elementStart = inPlace ? p : lists.count
        var elementEnd = elementStart
        var size = 0
        for source in 0...pivotElements {
            let e: Int, begin: Int, count: Int
            if source == pivotElements {
                e = k; begin = p; count = length[k] - pivotElements
            } else {
                e = lists[p]; p += 1; begin = start[e]; count = length[e]
            }
            for q in begin..<(begin + count) {
                let i = lists[q]
                let wi = weight[i]
                if wi <= 0 { continue }
                size += wi
                weight[i] = -wi
                if inPlace { lists[elementEnd] = i } else { lists.append(i) }
                elementEnd += 1
                removeFromDegreeList(i)
            }
            if e != k {
                start[e] = -1
                w[e] = 0
            }
        }
        degree[k] = size
        start[k] = elementStart
        length[k] = elementEnd - elementStart
        elementCount[k] = -2
        return (elementStart, elementEnd)
    }

    /// Sets `w[e] = mark + |Le \ Lk|` for every element adjacent to `Lk`.
    mutating func computeExternalSizes(_ elementStart: Int, _ elementEnd: Int) {
        for pk in elementStart..<elementEnd {
            let i = lists[pk]
            let count = elementCount[i]
            if count <= 0 { continue }
            let wi = -weight[i]
            let unvisited = mark - wi
            for p in start[i]..<(start[i] + count) {
                let e = lists[p]
                let we = w[e]
                if we >= mark {
                    w[e] = we - wi
                } else if we != 0 {
                    w[e] = degree[e] + unvisited
                }
            }
        }
    }

    /// Approximate degree of each variable in `Lk`; prunes absorbed elements and
    /// variables now covered by `Lk`, puts the pivot first in each list, and hashes the list.
    mutating func updateDegrees(pivot k: Int, _ elementStart: Int, _ elementEnd: Int) {
        var size = degree[k]
        var pivotWeight = -weight[k]
        for pk in elementStart..<elementEnd {
            let i = lists[pk]
            let p1 = start[i]
            let elementsEnd = p1 + elementCount[i]
            var pn = p1
            var hash = 0
            var d = 0
            for p in p1..<elementsEnd {
                let e = lists[p]
                let we = w[e]
                if we == 0 { continue }
                let external = we - mark
                if external > 0 {
                    d += external
                    lists[pn] = e
                    pn += 1
                    hash &+= e
                } else {
                    // Le ⊆ Lk: the new element covers it (aggressive absorption).
                    start[e] = -1
                    w[e] = 0
                }
            }
            elementCount[i] = pn - p1 + 1
            let firstVariable = pn
            for p in elementsEnd..<(p1 + length[i]) {
                let j = lists[p]
                let wj = weight[j]
                if wj <= 0 { continue }
                d += wj
                lists[pn] = j
                pn += 1
                hash &+= j
            }
            if d == 0 {
                // Nothing outside Lk: eliminate i together with the pivot (mass elimination).
                let wi = -weight[i]
                start[i] = -1
                size -= wi
                pivotWeight += wi
                eliminated += wi
                weight[i] = 0
                elementCount[i] = -1
                appendMembers(of: i, to: k)
            } else {
                degree[i] = min(degree[i], d)
                // A slot was freed (k was adjacent through an absorbed element or as a
                // variable), so the list can grow by one: k becomes its first element.
                lists[pn] = lists[firstVariable]
                lists[firstVariable] = lists[p1]
                lists[p1] = k
                length[i] = pn - p1 + 1
                let key = (hash & Int.max) % n
                hashNext[i] = hashHead[key]
                hashHead[key] = i
                hashKey[i] = key
            }
        }
        degree[k] = size
        weight[k] = -pivotWeight
        largestElement = max(largestElement, size)
    }

    /// Variables of `Lk` with identical adjacency lists are indistinguishable: they
    /// would be eliminated one after another at no extra fill, so they are merged.
    mutating func mergeIndistinguishable(_ elementStart: Int, _ elementEnd: Int) {
        for pk in elementStart..<elementEnd {
            let first = lists[pk]
            if weight[first] >= 0 { continue }
            let key = hashKey[first]
            var i = hashHead[key]
            hashHead[key] = -1
            while i != -1 && hashNext[i] != -1 {
                let count = length[i], elements = elementCount[i]
                for p in (start[i] + 1)..<(start[i] + count) { w[lists[p]] = mark }
                var previous = i
                var j = hashNext[i]
                while j != -1 {
                    var same = length[j] == count && elementCount[j] == elements
                    if same {
                        for p in (start[j] + 1)..<(start[j] + count) where w[lists[p]] != mark {
                            same = false
                            break
                        }
                    }
                    if same {
                        start[j] = -1
                        weight[i] += weight[j]
                        weight[j] = 0
                        elementCount[j] = -1
                        appendMembers(of: j, to: i)
                        j = hashNext[j]
                        hashNext[previous] = j
                    } else {
                        previous = j
                        j = hashNext[j]
                    }
                }
                i = hashNext[i]
                mark += 1
            }
        }
    }

    /// Final degree bound for each surviving variable of `Lk`, back into the degree lists;
    /// `Lk` is compacted to its principal variables.
    mutating func finalizeDegrees(pivot k: Int, _ elementStart: Int, _ elementEnd: Int) {
        let size = degree[k]
        var p = elementStart
        for pk in elementStart..<elementEnd {
            let i = lists[pk]
            let wi = -weight[i]
            if wi <= 0 { continue }
            weight[i] = wi
            let d = min(degree[i] + size - wi, n - eliminated - wi)
            insertInDegreeList(i, degree: d)
            degree[i] = d
            minimumDegree = min(minimumDegree, d)
            lists[p] = i
            p += 1
        }
        weight[k] = -weight[k]
        length[k] = p - elementStart
        if length[k] == 0 {
            start[k] = -1
            w[k] = 0
        }
        if elementEnd == lists.count && p < elementEnd {
            lists.removeLast(elementEnd - p)
        }
    }
}
