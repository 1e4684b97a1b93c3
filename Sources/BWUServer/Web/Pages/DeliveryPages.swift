import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// The demands page's two forms: a manufacturer ships against a demand; the customer decides on a delivery.
enum DeliveryPages {
    @Sendable static func ship(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, to: "shipping a delivery")
        let t = req.language
        let values = ["demandId": fields["demandId"] ?? "", "quantity": fields["quantity"] ?? "", "milestoneId": fields["milestoneId"] ?? ""]
        var errors: [String: String] = [:]
        let demandID = UUID(uuidString: values["demandId"]!)
        if demandID == nil { errors["demandId"] = t(.errRequired) }
        let quantity = Int(values["quantity"]!.trimmingCharacters(in: .whitespaces))
        if quantity == nil { errors["quantity"] = t(.errWholeNumber) }
        let milestoneText = values["milestoneId"]!
        let milestoneID = milestoneText.isEmpty ? nil : UUID(uuidString: milestoneText)
        if !milestoneText.isEmpty && milestoneID == nil { errors["milestoneId"] = t(.errRequired) }
        guard errors.isEmpty, let demandID, let quantity else {
            return try await DemandPages.page(req, actor: actor, refusedForm: "ship", typed: TypedForm(values: values, errors: errors),
                                              status: .unprocessableEntity)
        }
        return try await req.refusing(values: values, fields: Array(values.keys), page: { typed, status in
            try await DemandPages.page(req, actor: actor, refusedForm: "ship", typed: typed, status: status)
        }) {
            _ = try await DeliveryService(req.services).ship(demandID: demandID, quantity: quantity, milestoneID: milestoneID, actor: actor)
            return WebResponse.redirect(.demands, notice: .deliveryShipped)
        }
    }

    @Sendable static func decide(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.customer, to: "accepting a delivery")
        let deliveryID = try req.id("delivery", "delivery")
        let values = ["acceptedQuantity": fields["acceptedQuantity"] ?? "", "reason": fields["reason"] ?? ""]
        let formName = "decision-\(deliveryID.uuidString)"
        guard let accepted = Int(values["acceptedQuantity"]!.trimmingCharacters(in: .whitespaces)) else {
            return try await DemandPages.page(
                req, actor: actor, refusedForm: formName,
                typed: TypedForm(values: values, errors: ["acceptedQuantity": req.language(.errWholeNumber)]), status: .unprocessableEntity)
        }
        return try await req.refusing(values: values, fields: Array(values.keys), page: { typed, status in
            try await DemandPages.page(req, actor: actor, refusedForm: formName, typed: typed, status: status)
        }) {
            _ = try await DeliveryService(req.services).decide(deliveryID: deliveryID, acceptedQuantity: accepted, reason: values["reason"]!, actor: actor)
            return WebResponse.redirect(.demands, notice: .deliveryDecided)
        }
    }
}
