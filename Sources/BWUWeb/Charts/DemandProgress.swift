import BWUDomain
import Foundation

/// How far one demand has been met: ordered, accepted by the customer, shipped and still
/// awaiting the customer's decision, and refused (owed again).
public struct DemandProgress: Sendable {
    public let demandID: UUID
    public let product: String
    public let customer: String
    public let dueDate: CalendarDate
    public let ordered: Int
    public let accepted: Int
    /// `nil` when the reader may not see deliveries (suppliers see demands only).
    public let awaiting: Int?
    public let refused: Int?

    /// Sums each demand's deliveries; `deliveries` is `nil` when the reader may not read them.
    public static func rows(
        demands: [DemandRecord], deliveries: [DeliveryRecord]?, products: [UUID: ProductRecord], names: [UUID: String]
    ) -> [DemandProgress] {
        let byDemand = Dictionary(grouping: deliveries ?? [], by: \.demandID)
        return demands.map { demand in
            let own = byDemand[demand.id] ?? []
            let awaiting = own.filter { $0.status == .shipped }.reduce(0) { $0 + $1.quantity }
            let refused = own.filter { $0.status != .shipped }.reduce(0) { $0 + $1.quantity - $1.acceptedQuantity }
            return DemandProgress(
                demandID: demand.id, product: products[demand.productID]?.name ?? "", customer: names[demand.customerID] ?? "",
                dueDate: demand.dueDate, ordered: demand.quantity, accepted: demand.acceptedQuantity,
                awaiting: deliveries == nil ? nil : awaiting, refused: deliveries == nil ? nil : refused)
        }
    }
}

/// Each demand as one bar the length of its quantity: accepted, awaiting acceptance, refused,
/// and the open rest as the empty track. Drawn as SVG with the numbers in a table below.
public enum DemandProgressChart {
    static let width = 640, rowHeight = 34, labelWidth = 210, valueWidth = 90

    public static func render(_ rows: [DemandProgress], _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard !rows.isEmpty else { return el("p") { t(.noDemands) } }
        let largest = max(1, rows.map(\.ordered).max() ?? 1)
        let barSpace = width - labelWidth - valueWidth
        let height = rows.count * rowHeight + 8
        func length(_ quantity: Int) -> Int { quantity * barSpace / largest }
        let summary = t.fill(.chartDeliveriesDesc, [
            "demands": format.integer(rows.count), "ordered": format.integer(rows.reduce(0) { $0 + $1.ordered }),
            "accepted": format.integer(rows.reduce(0) { $0 + $1.accepted }),
            "awaiting": format.integer(rows.reduce(0) { $0 + ($1.awaiting ?? 0) }),
        ])
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "deliveries-title deliveries-desc"), cls("svg-chart")]) {
                el("title", [id("deliveries-title")]) { t(.chartDeliveriesTitle) }
                el("desc", [id("deliveries-desc")]) { summary }
                for (index, row) in rows.enumerated() {
                    let y = 4 + index * rowHeight
                    el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 20)")]) { short(row.product, 28) }
                    el("rect", [cls("track"), Attribute("x", "\(labelWidth)"), Attribute("y", "\(y + 6)"),
                                Attribute("width", "\(length(row.ordered))"), Attribute("height", "\(rowHeight - 14)")])
                    for (x, width, style) in segments(row, length) {
                        el("rect", [cls(style), Attribute("x", "\(x)"), Attribute("y", "\(y + 6)"),
                                    Attribute("width", "\(width)"), Attribute("height", "\(rowHeight - 14)")])
                    }
                    el("text", [cls("value"), Attribute("x", "\(labelWidth + length(row.ordered) + 6)"), Attribute("y", "\(y + 20)")]) {
                        "\(format.integer(row.accepted)) / \(format.integer(row.ordered))"
                    }
                }
            }
            el("figcaption") {
                UI.legend([(t(.accepted), "dp-accepted"), (t(.awaitingAcceptance), "dp-awaiting"), (t(.refused), "dp-refused"),
                           (t(.demandStatus(.open)), "track")])
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                UI.table(
                    caption: t(.chartDeliveriesTitle),
                    headers: [t(.product), t(.customer), t(.dueDate), t(.quantity), t(.accepted), t(.awaitingAcceptance), t(.refused)],
                    numeric: [3, 4, 5, 6],
                    rows: rows.map { row in
                        [text(row.product), text(row.customer), text(format.date(row.dueDate)), text(format.integer(row.ordered)),
                         text(format.integer(row.accepted)), text(row.awaiting.map { format.integer($0) } ?? "—"),
                         text(row.refused.map { format.integer($0) } ?? "—")]
                    })
            }
        }
    }

    /// The bar's parts left to right, each starting where the one before ends.
    private static func segments(_ row: DemandProgress, _ length: (Int) -> Int) -> [(x: Int, width: Int, style: String)] {
        var x = labelWidth
        var result: [(x: Int, width: Int, style: String)] = []
        for (quantity, style) in [(row.accepted, "dp-accepted"), (row.awaiting ?? 0, "dp-awaiting"), (row.refused ?? 0, "dp-refused")] where quantity > 0 {
            result.append((x: x, width: max(1, length(quantity)), style: style))
            x += length(quantity)
        }
        return result
    }

    static func short(_ label: String, _ limit: Int) -> String {
        label.count <= limit ? label : String(label.prefix(limit - 1)) + "…"
    }
}
