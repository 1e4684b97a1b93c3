import BWUDomain
import Foundation

/// The payment a delivery's acceptance released; amount and date only when the reader may see payments.
public struct ReleasedPayment: Sendable {
    public var disbursementID: UUID
    public var grantID: UUID?
    public var amount: Money?
    public var paidAt: Date?

    public init(disbursementID: UUID, grantID: UUID? = nil, amount: Money? = nil, paidAt: Date? = nil) {
        self.disbursementID = disbursementID
        self.grantID = grantID
        self.amount = amount
        self.paidAt = paidAt
    }
}

public struct DemandsModel: Sendable {
    public var demands: [DemandRecord]
    /// `nil` when the reader's role may not read deliveries.
    public var deliveries: [DeliveryRecord]?
    public var products: [UUID: ProductRecord]
    public var organisationNames: [UUID: String]
    /// By delivery id.
    public var payments: [UUID: ReleasedPayment]
    /// The manufacturer's delivery-linked milestones still open, for the ship form.
    public var milestones: [ShippingMilestone]
    /// A refused form (`ship`, or `decision-` and the delivery's id) with what was typed.
    public var refusedForm: String?
    public var typed: TypedForm

    public init(
        demands: [DemandRecord], deliveries: [DeliveryRecord]?, products: [UUID: ProductRecord],
        organisationNames: [UUID: String], payments: [UUID: ReleasedPayment] = [:], milestones: [ShippingMilestone] = [],
        refusedForm: String? = nil, typed: TypedForm = TypedForm()
    ) {
        self.demands = demands
        self.deliveries = deliveries
        self.products = products
        self.organisationNames = organisationNames
        self.payments = payments
        self.milestones = milestones
        self.refusedForm = refusedForm
        self.typed = typed
    }

    func form(_ name: String) -> TypedForm { refusedForm == name ? typed : TypedForm() }
}

/// What the armed forces asked for, what was shipped against it, what they accepted, and the
/// payments the acceptances released.
public enum DemandsPage {
    public static func render(_ context: PageContext, _ model: DemandsModel) -> String {
        let t = context.t, format = context.format
        let progress = DemandProgress.rows(demands: model.demands, deliveries: model.deliveries,
                                           products: model.products, names: model.organisationNames)
        return Layout.page(context, title: t(.demandsTitle)) {
            el("section", [Attribute("aria-labelledby", "demands-heading")]) {
                el("h2", [id("demands-heading")]) { t(.demands) }
                if model.demands.isEmpty {
                    el("p") { t(.noDemands) }
                } else {
                    DemandProgressChart.render(progress, context)
                    UI.table(
                        caption: t(.demands),
                        headers: [t(.product), t(.customer), t(.manufacturer), t(.quantity), t(.dueDate), t(.priority),
                                  t(.shipped), t(.accepted), t(.status)],
                        numeric: [3, 5, 6, 7],
                        rows: zip(model.demands, progress).map { demand, row in
                            [text(productName(demand.productID, model)), text(model.organisationNames[demand.customerID] ?? ""),
                             text(model.organisationNames[demand.manufacturerID] ?? ""), text(format.integer(demand.quantity)),
                             text(format.date(demand.dueDate)), text(format.integer(demand.priority)),
                             text(row.awaiting.map { format.integer($0 + row.accepted + (row.refused ?? 0)) } ?? "—"),
                             text(format.integer(demand.acceptedQuantity)), demandBadge(demand.status, t)]
                        })
                }
                DeliveryForms.shipForm(context, model)
            }
            el("section", [Attribute("aria-labelledby", "deliveries-heading")]) {
                el("h2", [id("deliveries-heading")]) { t(.deliveries) }
                if let deliveries = model.deliveries {
                    if deliveries.isEmpty {
                        el("p") { t(.noDeliveries) }
                    } else {
                        deliveriesTable(deliveries, model, context)
                        DeliveryForms.decisionForms(context, model)
                    }
                } else {
                    el("p", [cls("hint")]) { t(.deliveriesHidden) }
                }
            }
        }
    }

    private static func deliveriesTable(_ deliveries: [DeliveryRecord], _ model: DemandsModel, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        return UI.table(
            caption: t(.deliveries),
            headers: [t(.product), t(.customer), t(.quantity), t(.amount), t(.shippedOn), t(.status), t(.accepted), t(.decidedOn),
                      t(.paymentReleased)],
            numeric: [2, 3, 6],
            rows: deliveries.map { delivery in
                [text(productName(delivery.productID, model)), text(model.organisationNames[delivery.customerID] ?? ""),
                 text(format.integer(delivery.quantity)), text(format.money(delivery.value)), text(format.date(delivery.shippedOn)),
                 deliveryBadge(delivery.status, t), text(delivery.status == .shipped ? "" : format.integer(delivery.acceptedQuantity)),
                 text(decision(delivery, format)), payment(model.payments[delivery.id], context)]
            })
    }

    private static func decision(_ delivery: DeliveryRecord, _ format: Formatter) -> String {
        guard let decidedOn = delivery.decidedOn else { return "" }
        let reason = delivery.decisionReason.map { ": \($0)" } ?? ""
        return format.date(decidedOn) + reason
    }

    private static func payment(_ payment: ReleasedPayment?, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard let payment else { return text("—") }
        var words = t(.released)
        if let amount = payment.amount { words = format.money(amount) }
        if let paidAt = payment.paidAt { words += ", \(format.date(paidAt))" }
        if let grantID = payment.grantID { return UI.link(words, .grant(grantID)) }
        return text(words)
    }

    static func productName(_ id: UUID, _ model: DemandsModel) -> String {
        guard let product = model.products[id] else { return "" }
        return "\(product.name) (\(product.code))"
    }

    static func demandBadge(_ status: DemandRecord.Status, _ t: Language) -> Node {
        UI.badge(t(Msg.demandStatus(status)), tone: status == .fulfilled ? "good" : status == .open ? "info" : "neutral")
    }

    static func deliveryBadge(_ status: DeliveryRecord.Status, _ t: Language) -> Node {
        let tone = switch status {
        case .accepted: "good"
        case .partiallyAccepted: "warn"
        case .rejected: "bad"
        case .shipped: "info"
        }
        return UI.badge(t(Msg.deliveryStatus(status)), tone: tone)
    }
}
