import BWUDomain

public struct SupplierProfileModel: Sendable {
    public var organisationName: String
    public var values: SupplierProfileValues
    public var errors: [String: String]

    public init(organisationName: String, values: SupplierProfileValues, errors: [String: String] = [:]) {
        self.organisationName = organisationName
        self.values = values
        self.errors = errors
    }
}

/// The supplier keeps its own register entry; a refused code is named beside its field with
/// the domain's reason, and everything typed stays.
public enum SupplierProfilePage {
    static func label(for field: String, _ t: Language) -> String {
        let labels: [String: Msg] = [
            "categories": .categories, "cpvCodes": .cpvCodes, "nsns": .nsns, "certifications": .certifications,
            "clearance": .clearance, "country": .country, "typicalLeadTimeWeeks": .leadTimeWeeks,
            "capacityPerWeek": .capacityPerWeek, "description": .description,
        ]
        return labels[field].map { t($0) } ?? field
    }

    public static func render(_ context: PageContext, _ model: SupplierProfileModel) -> String {
        let t = context.t
        let values = model.values.typed, errors = model.errors
        return Layout.page(context, title: "\(t(.profileTitle)): \(model.organisationName)") {
            FormErrors.summary(errors, label: { label(for: $0, t) }, t)
            context.postForm(.supplierProfile, [Attribute("novalidate", "")]) {
                el("fieldset") {
                    el("legend") { t(.whatYouSupply) }
                    UI.field(name: "categories", label: t(.categories), value: values["categories"]!, error: errors["categories"],
                             control: .textarea, hint: t(.listHint))
                    UI.field(name: "cpvCodes", label: t(.cpvCodes), value: values["cpvCodes"]!, error: errors["cpvCodes"],
                             control: .textarea, hint: t(.cpvHint))
                    UI.field(name: "nsns", label: t(.nsns), value: values["nsns"]!, error: errors["nsns"],
                             control: .textarea, hint: t(.nsnHint))
                    UI.field(name: "certifications", label: t(.certifications), value: values["certifications"]!,
                             error: errors["certifications"], control: .textarea, hint: t(.certificationsHint))
                }
                el("fieldset") {
                    el("legend") { t(.howYouSupply) }
                    UI.field(name: "clearance", label: t(.clearance), value: values["clearance"]!, error: errors["clearance"],
                             control: .select(ClearanceLevel.allCases.map { ($0.rawValue, t(.clearanceName($0))) }))
                    UI.field(name: "country", label: t(.country), value: values["country"]!, error: errors["country"], required: true,
                             hint: t(.countryHint), extra: [Attribute("maxlength", "2"), Attribute("autocomplete", "country")])
                    UI.field(name: "typicalLeadTimeWeeks", label: t(.leadTimeWeeks), value: values["typicalLeadTimeWeeks"]!,
                             error: errors["typicalLeadTimeWeeks"], required: true, extra: [Attribute("inputmode", "numeric")])
                    UI.field(name: "capacityPerWeek", label: t(.capacityPerWeek), value: values["capacityPerWeek"]!,
                             error: errors["capacityPerWeek"], required: true, extra: [Attribute("inputmode", "decimal")])
                    UI.field(name: "description", label: t(.description), value: values["description"]!, error: errors["description"],
                             control: .textarea)
                }
                el("div", [cls("actions")]) {
                    UI.submitButton(t(.saveProfile))
                    UI.link(t(.suppliersTitle), .suppliers)
                }
            }
        }
    }
}
