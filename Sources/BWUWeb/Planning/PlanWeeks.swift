import BWUDomain
import BWUPlanning

/// The calendar behind a model's buckets, so pages speak of "the week of 5 Oct 2026", not "bucket 7".
public struct PlanWeeks: Sendable {
    public let start: CalendarDate?
    public let bucketDays: Int
    public let buckets: Int

    public init(_ horizon: Horizon) {
        start = try? CalendarDate(horizon.start, field: "horizon.start")
        bucketDays = horizon.bucketDays
        buckets = horizon.buckets
    }

    /// The first day of `bucket`, written for the reader; the bucket number when the start is unreadable.
    public func label(_ bucket: Int, _ format: Formatter) -> String {
        guard let start else { return "#\(bucket)" }
        return format.date(start.adding(days: bucket * bucketDays))
    }
}

/// Names of the model's items, resources and sources as a planner reads them.
struct PlanNames {
    let model: PlanningModel
    private let items: [String: Item]
    private let purchases: [String: Purchase]
    private let operations: [String: Operation]

    init(_ model: PlanningModel) {
        self.model = model
        items = Dictionary(model.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        purchases = Dictionary(model.purchases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        operations = Dictionary(model.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `Flight controller (FLIGHT-CTRL)`, or the id alone when the item has no name.
    func item(_ id: String) -> String {
        guard let name = items[id]?.name, !name.isEmpty, name != id else { return id }
        return "\(name) (\(id))"
    }

    /// A purchase source with its supplier and country, an operation with its location.
    func source(_ id: String) -> String {
        if let purchase = purchases[id] {
            let origin = [purchase.supplier, purchase.country].compactMap { $0 }.joined(separator: ", ")
            return origin.isEmpty ? id : "\(id) (\(origin))"
        }
        if let operation = operations[id], let location = operation.location { return "\(id) (\(location))" }
        return id
    }

    func operation(_ id: String) -> Operation? { operations[id] }
}
