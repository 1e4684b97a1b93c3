/// A refused form as it was typed, with the reason for each field at fault, so the page can
/// show it again with every value kept and each reason next to its control.
public struct TypedForm: Equatable, Sendable {
    public var values: [String: String]
    public var errors: [String: String]

    public init(values: [String: String] = [:], errors: [String: String] = [:]) {
        self.values = values
        self.errors = errors
    }

    public subscript(value name: String) -> String { values[name] ?? "" }
    public subscript(error name: String) -> String? { errors[name] }

    /// The form control a service's field path belongs to: `nsns[1]` → `nsns`,
    /// `unitPrice.amount` → `unitPrice`, so a reason lands beside the control that holds it.
    public static func control(for field: String) -> String {
        String(field.prefix { $0 != "[" && $0 != "." })
    }
}

enum FormErrors {
    /// The list of refused fields above a form, each linking to its control.
    static func summary(_ errors: [String: String], scope: String? = nil, label: (String) -> String, _ t: Language) -> Node {
        guard !errors.isEmpty else { return .empty }
        return el("div", [cls("error-summary"), Attribute("role", "alert")]) {
            el("p") { t(.formHasErrors) }
            el("ul") {
                for field in errors.keys.sorted() {
                    el("li") {
                        el("a", [href("#" + UI.fieldID(field) + (scope.map { "-" + $0 } ?? ""))]) { "\(label(field)): \(errors[field]!)" }
                    }
                }
            }
        }
    }
}
