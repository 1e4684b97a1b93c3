import BWUDomain
import Foundation

public struct CapabilityDetailModel: Sendable {
    public var capability: CapabilityRecord
    public var manufacturerName: String
    /// A refused trial request, as typed.
    public var request: TypedForm

    public init(capability: CapabilityRecord, manufacturerName: String, request: TypedForm = TypedForm()) {
        self.capability = capability
        self.manufacturerName = manufacturerName
        self.request = request
    }
}

/// One capability, and for the armed forces the form to ask for a trial, an evaluation or
/// access to the technology.
public enum CapabilityDetailPage {
    public static func render(_ context: PageContext, _ model: CapabilityDetailModel) -> String {
        let t = context.t, format = context.format
        let capability = model.capability
        return Layout.page(context, title: capability.productLine) {
            UI.facts([
                (t(.manufacturer), text(model.manufacturerName)),
                (t(.category), text(capability.category.description)),
                (t(.readinessLevel), text("TRL \(capability.readinessLevel)")),
                (t(.combatProven), text(t(capability.combatProven ? .yes : .no))),
                (t(.published), text(format.date(capability.publishedAt))),
            ])
            el("section", [Attribute("aria-labelledby", "about-heading")]) {
                el("h2", [id("about-heading")]) { t(.description) }
                el("p") { capability.description }
                el("h2") { t(.demonstrable) }
                el("p") { capability.demonstrable }
            }
            if context.has(.customer) {
                requestForm(context, model)
            }
            el("p") { UI.link(t(.capabilitiesTitle), .capabilities(CapabilitySearch())) }
        }
    }

    private static func requestForm(_ context: PageContext, _ model: CapabilityDetailModel) -> Node {
        let t = context.t
        let form = model.request
        return context.postForm(.requestTrial(capability: model.capability.id), [cls("panel narrow")]) {
            el("h2") { t(.requestTrial) }
            UI.field(name: "kind", label: t(.trialKindLabel), value: form[value: "kind"], error: form[error: "kind"],
                     control: .select(TrialRequestRecord.Kind.allCases.map { ($0.rawValue, t(.trialKind($0))) }))
            UI.field(name: "purpose", label: t(.purpose), value: form[value: "purpose"], error: form[error: "purpose"],
                     control: .textarea, required: true)
            UI.submitButton(t(.requestTrial))
        }
    }
}
