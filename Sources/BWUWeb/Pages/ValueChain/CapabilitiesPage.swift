import BWUDomain
import Foundation

public struct CapabilitiesModel: Sendable {
    public var search: CapabilitySearch
    /// A refused search value, by field (`minTrl`, `category`).
    public var errors: [String: String]
    public var capabilities: [CapabilityRecord]
    public var organisationNames: [UUID: String]

    public init(search: CapabilitySearch, errors: [String: String] = [:], capabilities: [CapabilityRecord], organisationNames: [UUID: String]) {
        self.search = search
        self.errors = errors
        self.capabilities = capabilities
        self.organisationNames = organisationNames
    }
}

/// The catalogue of Ukrainian capabilities: search by words, Military List category,
/// technology readiness and combat use.
public enum CapabilitiesPage {
    public static func render(_ context: PageContext, _ model: CapabilitiesModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.capabilitiesTitle)) {
            if context.has(.manufacturer) {
                el("p") { UI.link(t(.publishCapability), .newCapability, [cls("button secondary")]) }
            }
            searchForm(context, model)
            if model.capabilities.isEmpty {
                el("p") { t(.noCapabilities) }
            } else {
                UI.table(
                    caption: "\(t(.capabilitiesTitle)): \(format.integer(model.capabilities.count))",
                    headers: [t(.productLine), t(.manufacturer), t(.categoryShort), t(.readinessLevel), t(.combatProven), t(.demonstrable)],
                    numeric: [3],
                    rows: model.capabilities.map { capability in
                        [UI.link(capability.productLine, .capability(capability.id)),
                         text(model.organisationNames[capability.organisationID] ?? ""),
                         text(capability.category.description), text("TRL \(capability.readinessLevel)"),
                         text(t(capability.combatProven ? .yes : .no)), text(capability.demonstrable)]
                    })
            }
        }
    }

    private static func searchForm(_ context: PageContext, _ model: CapabilitiesModel) -> Node {
        let t = context.t
        let search = model.search, errors = model.errors
        return el("form", [Attribute("method", "get"), Attribute("action", WebRoute.capabilities(CapabilitySearch()).path),
                           Attribute("role", "search"), cls("filters panel")]) {
            UI.field(name: "q", label: t(.searchWords), value: search.text)
            UI.field(name: "category", label: t(.categoryShort), value: search.category, error: errors["category"],
                     control: .select([("", t(.anyCategory))] + (1...22).map { ("ML\($0)", "ML\($0)") }))
            UI.field(name: "minTrl", label: t(.minimumReadiness), value: search.minimumReadiness, error: errors["minTrl"],
                     control: .select([("", t(.anyLevel))] + (1...9).map { ("\($0)", "TRL \($0)") }))
            el("div", [cls("choice")]) {
                input([Attribute("type", "checkbox"), id("f-combatProven"), Attribute("name", "combatProven"), Attribute("value", "true"),
                       Attribute.flag("checked", search.combatProvenOnly)])
                el("label", [Attribute("for", "f-combatProven")]) { t(.combatProvenOnly) }
            }
            el("div", [cls("actions")]) { UI.submitButton(t(.search)) }
        }
    }
}
