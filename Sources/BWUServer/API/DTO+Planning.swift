import BWUDomain
import BWUPersistence
import Vapor

struct ProductDataImportRequest: RequestBody {
    /// File name (`items.csv`, …) → CSV text; all eight files of docs/product-data.md.
    let files: [String: String]
    static let schema = BodySchema.object(["files": .value])
}

struct ProductDataSummaryDTO: Content {
    let items: Int, resources: Int, operations: Int, purchaseSources: Int, stock: Int, openOrders: Int

    init(_ data: ProductData) {
        items = data.items.count; resources = data.resources.count; operations = data.operations.count
        purchaseSources = data.purchaseSources.count; stock = data.stock.count; openOrders = data.openOrders.count
    }
}

struct PlanRunRequest: RequestBody {
    let organisationId: UUID?
    static let schema = BodySchema.object(["organisationId": .value])
}

struct PlanRunDTO: Content {
    let id: UUID, organisationId: UUID, status: String, progress: Int, stage: String, createdAt: Date, finishedAt: Date?
    let onTimeFill: Double?, fill: Double?, demands: Int, unmet: Int, error: String?

    init(_ r: PlanRunRecord) {
        id = r.id; organisationId = r.organisationID; status = r.status.rawValue; progress = r.progress; stage = r.stage
        createdAt = r.createdAt; finishedAt = r.finishedAt; onTimeFill = r.onTimeFill; fill = r.fill
        demands = r.demands; unmet = r.unmet; error = r.error
    }
}

struct PlanComparisonDTO: Content {
    struct KPIsDTO: Content { let onTimeFill: Double, fill: Double, weightedLateness: Double, cost: Double }
    struct Change: Content {
        let demand: String, item: String, onTimeBefore: Double, onTimeAfter: Double
        let lastDeliveryWeekBefore: Int?, lastDeliveryWeekAfter: Int?, causeBefore: String?, causeAfter: String?
    }
    let before: UUID, after: UUID, kpisBefore: KPIsDTO, kpisAfter: KPIsDTO, onTimeFillChange: Double, changes: [Change]

    init(before: UUID, after: UUID, _ c: PlanComparison) {
        self.before = before
        self.after = after
        kpisBefore = KPIsDTO(onTimeFill: c.before.onTimeFill, fill: c.before.fill, weightedLateness: c.before.weightedLateness, cost: c.before.cost)
        kpisAfter = KPIsDTO(onTimeFill: c.after.onTimeFill, fill: c.after.fill, weightedLateness: c.after.weightedLateness, cost: c.after.cost)
        onTimeFillChange = c.after.onTimeFill - c.before.onTimeFill
        changes = c.changes.map {
            Change(demand: $0.demand, item: $0.item, onTimeBefore: $0.onTimeBefore, onTimeAfter: $0.onTimeAfter,
                   lastDeliveryWeekBefore: $0.lastDeliveryBefore, lastDeliveryWeekAfter: $0.lastDeliveryAfter,
                   causeBefore: $0.causeBefore, causeAfter: $0.causeAfter)
        }
    }
}
