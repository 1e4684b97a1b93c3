import BWUDomain
import Foundation

/// The manufacturer's form to draft, edit and submit an application.
public struct ApplicationFormModel: Sendable {
    /// `nil` for a new draft.
    public var applicationID: UUID?
    public var currency: CurrencyCode
    public var values: ApplicationFormValues
    public var errors: [String: String]

    public init(applicationID: UUID?, currency: CurrencyCode, values: ApplicationFormValues, errors: [String: String] = [:]) {
        self.applicationID = applicationID
        self.currency = currency
        self.values = values
        self.errors = errors
    }
}

public enum ApplicationFormPage {
    /// The words a reader sees for a field the services name, e.g. `milestones[1].amount` →
    /// "Milestone 2: Amount", so the error summary speaks the form's language, not the API's.
    static func label(for field: String, _ t: Language) -> String {
        let simple: [String: Msg] = [
            "title": .title, "siteAddress": .siteAddress, "municipality": .municipality,
            "deliveryCommitment": .deliveryCommitment, "requestedAmount": .requested,
            "productLines": .productLines, "milestones": .milestones,
        ]
        if let key = simple[field] { return t(key) }
        let parts = field.split(whereSeparator: { "[].".contains($0) }).map(String.init)
        guard parts.count == 3, let index = Int(parts[1]) else { return field }
        let row = parts[0] == "productLines" ? t(.productLine) : t(.milestone)
        let column: [String: Msg] = [
            "name": .name, "category": .category, "capacityPerMonth": .capacityPerMonth, "description": .description,
            "amount": .amount, "dueDate": .dueDate, "evidenceRequired": .evidenceRequired,
        ]
        return "\(row) \(index + 1): \(column[parts[2]].map { t($0) } ?? parts[2])"
    }

    /// Blank rows offered beyond the filled ones: enough to add lines without any script.
    static let spareRows = 2

    public static func render(_ context: PageContext, _ model: ApplicationFormModel) -> String {
        let t = context.t
        let values = model.values, errors = model.errors
        let action: WebRoute = model.applicationID.map { .application($0) } ?? .applications(status: nil)
        let title = model.applicationID == nil ? t(.newApplication) : t(.editApplication)
        return Layout.page(context, title: title) {
            if !errors.isEmpty {
                el("div", [cls("error-summary"), Attribute("role", "alert")]) {
                    el("p") { t(.formHasErrors) }
                    el("ul") {
                        for field in errors.keys.sorted() {
                            el("li") { el("a", [href("#" + UI.fieldID(field))]) { "\(label(for: field, t)): \(errors[field]!)" } }
                        }
                    }
                }
            }
            context.postForm(action, [Attribute("novalidate", "")]) {
                el("fieldset") {
                    el("legend") { t(.aboutProject) }
                    UI.field(name: "title", label: t(.title), value: values.title, error: errors["title"], required: true)
                    UI.field(name: "siteAddress", label: t(.siteAddress), value: values.siteAddress, error: errors["siteAddress"], required: true)
                    UI.field(name: "municipality", label: t(.municipality), value: values.municipality, error: errors["municipality"], required: true)
                    UI.field(name: "deliveryCommitment", label: t(.deliveryCommitment), value: values.deliveryCommitment,
                             error: errors["deliveryCommitment"], control: .textarea, required: true)
                    UI.field(name: "requestedAmount", label: "\(t(.requested)) (\(model.currency.code))", value: values.requestedAmount,
                             error: errors["requestedAmount"], required: true, hint: t(.amountHint),
                             extra: [Attribute("inputmode", "decimal")])
                }
                el("fieldset", [id("f-productLines")]) {
                    el("legend") { t(.productLines) }
                    if let error = errors["productLines"] { el("p", [cls("error")]) { error } }
                    for (index, line) in (values.productLines + Array(repeating: .init(), count: spareRows)).enumerated() {
                        let prefix = "productLines[\(index)]"
                        el("div", [cls("row"), Attribute("role", "group"), Attribute("aria-label", "\(t(.productLine)) \(index + 1)")]) {
                            UI.field(name: prefix + ".name", label: "\(t(.productLine)) \(index + 1): \(t(.name))", value: line.name, error: errors[prefix + ".name"])
                            UI.field(name: prefix + ".category", label: t(.category), value: line.category, error: errors[prefix + ".category"],
                                     control: .select((1...22).map { ("ML\($0)", "ML\($0)") }))
                            UI.field(name: prefix + ".capacityPerMonth", label: t(.capacityPerMonth), value: line.capacity,
                                     error: errors[prefix + ".capacityPerMonth"], extra: [Attribute("inputmode", "numeric")])
                        }
                    }
                }
                el("fieldset", [id("f-milestones")]) {
                    el("legend") { t(.milestones) }
                    el("p", [cls("hint")]) { t(.milestonesHint) }
                    if let error = errors["milestones"] { el("p", [cls("error")]) { error } }
                    for (index, milestone) in (values.milestones + Array(repeating: .init(), count: spareRows)).enumerated() {
                        let prefix = "milestones[\(index)]"
                        el("div", [cls("row"), Attribute("role", "group"), Attribute("aria-label", "\(t(.milestone)) \(index + 1)")]) {
                            UI.field(name: prefix + ".description", label: "\(t(.milestone)) \(index + 1): \(t(.description))",
                                     value: milestone.description, error: errors[prefix + ".description"])
                            UI.field(name: prefix + ".amount", label: "\(t(.amount)) (\(model.currency.code))", value: milestone.amount,
                                     error: errors[prefix + ".amount"], extra: [Attribute("inputmode", "decimal")])
                            UI.field(name: prefix + ".dueDate", label: t(.dueDate), value: milestone.dueDate,
                                     error: errors[prefix + ".dueDate"], control: .date)
                            UI.field(name: prefix + ".evidenceRequired", label: t(.evidenceRequired), value: milestone.evidenceRequired,
                                     error: errors[prefix + ".evidenceRequired"])
                        }
                    }
                }
                el("div", [cls("actions")]) {
                    UI.submitButton(t(.saveDraft), name: "intent", value: "save", secondary: true)
                    UI.submitButton(t(.saveAndSubmit), name: "intent", value: "submit")
                }
            }
        }
    }
}
