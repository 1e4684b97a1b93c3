import BWUDomain

/// The manufacturer publishes a product line to the catalogue.
public enum CapabilityFormPage {
    static func label(for field: String, _ t: Language) -> String {
        let labels: [String: Msg] = [
            "productLine": .productLine, "category": .category, "readinessLevel": .readinessLevel,
            "demonstrable": .demonstrable, "description": .description,
        ]
        return labels[field].map { t($0) } ?? field
    }

    public static func render(_ context: PageContext, _ form: TypedForm) -> String {
        let t = context.t
        return Layout.page(context, title: t(.publishCapability)) {
            FormErrors.summary(form.errors, label: { label(for: $0, t) }, t)
            context.postForm(.capabilities(CapabilitySearch()), [Attribute("novalidate", "")]) {
                UI.field(name: "productLine", label: t(.productLine), value: form[value: "productLine"], error: form[error: "productLine"],
                         required: true)
                UI.field(name: "category", label: t(.category), value: form[value: "category"], error: form[error: "category"],
                         control: .select((1...22).map { ("ML\($0)", "ML\($0)") }))
                UI.field(name: "readinessLevel", label: t(.readinessLevel), value: form[value: "readinessLevel"],
                         error: form[error: "readinessLevel"], control: .select((1...9).map { ("\($0)", "TRL \($0)") }))
                el("div", [cls("choice")]) {
                    input([Attribute("type", "checkbox"), id("f-combatProven"), Attribute("name", "combatProven"), Attribute("value", "true"),
                           Attribute.flag("checked", form[value: "combatProven"] == "true")])
                    el("label", [Attribute("for", "f-combatProven")]) { t(.combatProven) }
                }
                UI.field(name: "demonstrable", label: t(.demonstrable), value: form[value: "demonstrable"], error: form[error: "demonstrable"],
                         control: .textarea)
                UI.field(name: "description", label: t(.description), value: form[value: "description"], error: form[error: "description"],
                         control: .textarea)
                el("div", [cls("actions")]) { UI.submitButton(t(.publishCapability)) }
            }
        }
    }
}
