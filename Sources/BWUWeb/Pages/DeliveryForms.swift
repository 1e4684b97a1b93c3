import BWUDomain
import Foundation

/// A delivery-linked milestone a shipment may count towards, as the ship form offers it.
public struct ShippingMilestone: Sendable {
    public var id: UUID
    public var label: String

    public init(id: UUID, label: String) {
        self.id = id
        self.label = label
    }
}

/// The two delivery forms of the demands page: the manufacturer ships against one of its open
/// demands; the customer accepts all, some or none of each delivery awaiting its decision.
enum DeliveryForms {
    /// Units of `demand` not yet shipped, counted as the delivery service counts them.
    static func openUnits(_ demand: DemandRecord, _ deliveries: [DeliveryRecord]) -> Int {
        demand.quantity - DeliveryRules.unitsShipped(deliveries.filter { $0.demandID == demand.id })
    }

    static func shipForm(_ context: PageContext, _ model: DemandsModel) -> Node {
        let t = context.t, format = context.format
        let deliveries = model.deliveries ?? []
        let open = model.demands.filter { $0.status == .open && openUnits($0, deliveries) > 0 }
        guard context.has(.manufacturer), !open.isEmpty else { return .empty }
        let form = model.form("ship")
        let demandOptions = open.map { demand in
            (demand.id.uuidString, "\(DemandsPage.productName(demand.productID, model)) — \(format.integer(openUnits(demand, deliveries))) / "
                + "\(format.integer(demand.quantity)), \(format.date(demand.dueDate)), \(model.organisationNames[demand.customerID] ?? "")")
        }
        return context.postForm(.shipDelivery, [cls("panel narrow")]) {
            el("h3") { t(.shipDelivery) }
            el("p", [cls("hint")]) { t(.shipHint) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "demandId", label: t(.demandToShip), value: form[value: "demandId"], error: form[error: "demandId"],
                     control: .select(demandOptions), required: true)
            UI.field(name: "quantity", label: t(.quantity), value: form[value: "quantity"], error: form[error: "quantity"],
                     control: .number, required: true, extra: [Attribute("min", "1"), Attribute("step", "1")])
            if !model.milestones.isEmpty {
                UI.field(name: "milestoneId", label: t(.countsTowards), value: form[value: "milestoneId"], error: form[error: "milestoneId"],
                         control: .select([("", t(.noMilestone))] + model.milestones.map { ($0.id.uuidString, $0.label) }))
            }
            UI.submitButton(t(.ship))
        }
    }

    /// One form per delivery the customer has not decided yet.
    static func decisionForms(_ context: PageContext, _ model: DemandsModel) -> Node {
        guard context.has(.customer) else { return .empty }
        let waiting = (model.deliveries ?? []).filter { $0.status == .shipped }
        return .fragment(waiting.map { decisionForm(context, model, $0) })
    }

    private static func decisionForm(_ context: PageContext, _ model: DemandsModel, _ delivery: DeliveryRecord) -> Node {
        let t = context.t, format = context.format
        let scope = delivery.id.uuidString.prefix(8).lowercased()
        let form = model.form("decision-\(delivery.id.uuidString)")
        return context.postForm(.decideDelivery(delivery.id), [cls("panel narrow")]) {
            el("h3") { "\(t(.decideDelivery)): \(DemandsPage.productName(delivery.productID, model))" }
            el("p") { t.fill(.deliveryShippedOn, ["units": format.integer(delivery.quantity), "date": format.date(delivery.shippedOn)]) }
            el("p", [cls("hint")]) { t(.decideDeliveryHint) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "acceptedQuantity", label: t(.unitsAccepted),
                     value: form.values["acceptedQuantity"] ?? String(delivery.quantity), error: form[error: "acceptedQuantity"],
                     control: .number, required: true, scope: String(scope),
                     extra: [Attribute("min", "0"), Attribute("max", String(delivery.quantity)), Attribute("step", "1")])
            UI.field(name: "reason", label: t(.reason), value: form[value: "reason"], error: form[error: "reason"], control: .textarea,
                     hint: t(.refusalReasonHint), scope: String(scope))
            UI.submitButton(t(.recordDecision))
        }
    }
}
