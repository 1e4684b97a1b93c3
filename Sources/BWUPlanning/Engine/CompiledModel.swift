/// The model with every string id mapped to an integer once, and every
/// per-bucket figure laid out in flat arrays indexed `entity * buckets + bucket`.
/// The allocator works only on this form.
struct CompiledModel: Sendable {
    let buckets: Int
    let itemIDs: [String]
    let resourceIDs: [String]
    let operationIDs: [String]
    let purchaseIDs: [String]

    /// Sources of item `i` are `sources[sourceStart[i] ..< sourceStart[i + 1]]`,
    /// cheapest rolled-up cost first. A value ≥ 0 is an operation index, a value
    /// `-(p + 1)` is purchase `p`.
    let sourceStart: [Int]
    var sources: [Int]
    /// Sources of item `i` from `lastResortStart[i]` on are tried only after
    /// the others: their resources are needed in full by items that have no
    /// alternative, or (overloaded models) they waste capacity (see `rank`).
    var lastResortStart: [Int]

    let opItem: [Int]
    let opLeadTime: [Int]
    let opUnitCost: [Double]
    let opMinLot: [Double]
    let opLotMultiple: [Double]
    /// Inputs of operation `o` are `inputItem/inputQty[inputStart[o] ..< inputStart[o + 1]]`.
    let inputStart: [Int]
    let inputItem: [Int]
    let inputQty: [Double]
    /// Loads of operation `o` are `loadResource/loadPerUnit[loadStart[o] ..< loadStart[o + 1]]`.
    let loadStart: [Int]
    let loadResource: [Int]
    let loadPerUnit: [Double]
    /// The operations that load resource `r`, in model order.
    let operationsLoading: [[Int]]

    let buyItem: [Int]
    let buyLeadTime: [Int]
    let buyUnitCost: [Double]
    let buyMinLot: [Double]
    let buyLotMultiple: [Double]

    /// Capacity of resource `r` in bucket `t` at `r * buckets + t`.
    let resourceCapacity: [Double]
    /// Capacity of purchase source `p` in bucket `t`; `.infinity` when uncapped.
    let buyCapacity: [Double]
    /// Net stock change of item `i` in bucket `t` from on-hand stock and receipts.
    let initialFlow: [Double]
    /// Item index of each demand, in model order.
    let demandItem: [Int]
    /// Money released per bucket; `nil` when spending is unconstrained.
    let budget: [Double]?

    /// Items ordered so that every input comes before the items made from it.
    let inputsFirst: [Int]

    /// Earliest bucket in which the fastest supply path could make item `i`
    /// available, ignoring capacity, money and stock quantities; `Int.max` if none.
    let earliestSupply: [Int]

    /// True when the whole budget is less than serving every demand at
    /// standard cost would take. Then stock already there is used before
    /// new supply is bought, since money, not timing, decides what can be delivered.
    let budgetIsScarce: Bool
    /// Cheapest rolled-up unit cost of each item.
    let standardCost: [Double]
    /// Expected-overloaded capacity one unit of each item takes (see `estimateCongestion`).
    var scarcityPerUnit: [Double]
    /// On an overloaded model (capacity, not money, short): the same model
    /// with sources ranked, and demands valued, by market-clearing prices of
    /// capacity (see `clearingPrices`); `nil` otherwise.
    var repriced: Repriced?

    /// The ranking of sources and the scarcity of items under clearing prices.
    struct Repriced: Sendable {
        var sources: [Int]
        var lastResortStart: [Int]
        var scarcityPerUnit: [Double]
    }

    /// This model with the ranking and scarcity of `repriced`, if any.
    var withClearingPrices: CompiledModel? {
        guard let repriced else { return nil }
        var other = self
        other.sources = repriced.sources
        other.lastResortStart = repriced.lastResortStart
        other.scarcityPerUnit = repriced.scarcityPerUnit
        other.repriced = nil
        return other
    }

    static func source(isPurchase: Bool, index: Int) -> Int { isPurchase ? -(index + 1) : index }
}
