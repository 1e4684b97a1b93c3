import BWUDomain

/// Small building blocks shared by the pages: form fields with their errors, tables, badges.
public enum UI {
    /// A form control's `id`, derived from its name (`milestones[0].amount` → `f-milestones-0-amount`).
    public static func fieldID(_ name: String) -> String {
        "f-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
            .split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
    }

    public enum Control {
        case text, email, password, date, number, textarea, file
        case select([(value: String, label: String)])
    }

    /// Label, control and, when the value was refused, the reason right below it; the control
    /// points at the reason with `aria-describedby` so a screen reader announces it too.
    public static func field(
        name: String, label: String, value: String = "", error: String? = nil, control: Control = .text,
        required: Bool = false, hint: String? = nil, scope: String? = nil, extra: [Attribute] = []
    ) -> Node {
        // `scope` keeps ids unique when several forms on one page share field names.
        let fieldID = fieldID(name) + (scope.map { "-" + $0 } ?? "")
        var describedBy: [String] = []
        if hint != nil { describedBy.append(fieldID + "-hint") }
        if error != nil { describedBy.append(fieldID + "-error") }
        let common: [Attribute] = [
            id(fieldID), Attribute("name", name), Attribute.flag("required", required),
            Attribute("aria-invalid", error == nil ? nil : "true"),
            Attribute("aria-describedby", describedBy.isEmpty ? nil : describedBy.joined(separator: " ")),
        ] + extra
        let controlNode: Node
        switch control {
        case .textarea:
            controlNode = .element("textarea", common + [Attribute("rows", "3")], [.text(value)])
        case .select(let options):
            controlNode = .element("select", common, options.map { option in
                el("option", [Attribute("value", option.value), Attribute.flag("selected", option.value == value)]) { option.label }
            })
        default:
            let type = switch control {
            case .email: "email"
            case .password: "password"
            case .date: "date"
            case .number: "number"
            case .file: "file"
            default: "text"
            }
            controlNode = input([Attribute("type", type), Attribute("value", control == .password || control == .file ? nil : value)] + common)
        }
        return el("div", [cls(error == nil ? "field" : "field has-error")]) {
            el("label", [Attribute("for", fieldID)]) { label }
            if let hint { el("p", [cls("hint"), id(fieldID + "-hint")]) { hint } }
            controlNode
            if let error { el("p", [cls("error"), id(fieldID + "-error")]) { error } }
        }
    }

    /// A table with a caption and column headers; `numeric` columns are right-aligned.
    public static func table(caption: String, headers: [String], numeric: Set<Int> = [], rows: [[Node]]) -> Node {
        el("div", [cls("table-wrap")]) {
            el("table") {
                el("caption") { caption }
                el("thead") {
                    el("tr") {
                        for (index, header) in headers.enumerated() {
                            el("th", [Attribute("scope", "col"), cls(numeric.contains(index) ? "num" : nil)]) { header }
                        }
                    }
                }
                el("tbody") {
                    for row in rows {
                        el("tr") {
                            for (index, cell) in row.enumerated() {
                                if index == 0 {
                                    el("th", [Attribute("scope", "row")]) { cell }
                                } else {
                                    el("td", [cls(numeric.contains(index) ? "num" : nil)]) { cell }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A chart's legend: each key's colour swatch (hidden from screen readers) and its label.
    /// - Parameter keys: the label and the CSS class that colours its marks in the chart.
    public static func legend(_ keys: [(label: String, style: String)]) -> Node {
        el("ul", [cls("legend")]) {
            for key in keys {
                el("li") {
                    el("span", [cls("key \(key.style)"), Attribute("aria-hidden", "true")])
                    key.label
                }
            }
        }
    }

    /// A coloured status label; the text carries the meaning, the colour only helps.
    public static func badge(_ label: String, tone: String) -> Node {
        el("span", [cls("badge \(tone)")]) { label }
    }

    public static func statusBadge(_ status: ApplicationStatus, _ t: Language) -> Node {
        let tone = switch status {
        case .approved, .granted: "good"
        case .rejected: "bad"
        case .changesRequested: "warn"
        case .submitted: "info"
        case .draft: "neutral"
        }
        return badge(t(Msg.statusName(status)), tone: tone)
    }

    public static func milestoneBadge(_ status: MilestoneStatus, _ t: Language) -> Node {
        let tone = switch status {
        case .disbursed: "good"
        case .verified: "info"
        case .evidenceSubmitted: "warn"
        case .open: "neutral"
        }
        return badge(t(Msg.milestoneStatus(status)), tone: tone)
    }

    /// Term–description pairs.
    public static func facts(_ pairs: [(String, Node)]) -> Node {
        el("dl", [cls("facts")]) {
            for (term, value) in pairs {
                el("div") {
                    el("dt") { term }
                    el("dd") { value }
                }
            }
        }
    }

    public static func link(_ label: String, _ route: WebRoute, _ attributes: [Attribute] = []) -> Node {
        el("a", [href(route.path)] + attributes) { label }
    }

    public static func submitButton(_ label: String, name: String? = nil, value: String? = nil, secondary: Bool = false) -> Node {
        el("button", [Attribute("type", "submit"), Attribute("name", name), Attribute("value", value),
                      cls(secondary ? "button secondary" : "button")]) { label }
    }
}

extension UI.Control: Equatable {
    public static func == (lhs: UI.Control, rhs: UI.Control) -> Bool {
        switch (lhs, rhs) {
        case (.text, .text), (.email, .email), (.password, .password), (.date, .date), (.number, .number), (.textarea, .textarea), (.file, .file): true
        default: false
        }
    }
}
