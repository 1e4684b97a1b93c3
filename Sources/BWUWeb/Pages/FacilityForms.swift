import BWUDomain
import Foundation

/// The facilities page's forms: a manufacturer registers a facility; the manufacturer that runs
/// a facility, or the programme office, records its permits and changes its status.
enum FacilityForms {
    /// Whether the reader may record permits and change the status of `facility`, as the service decides it.
    static func mayManage(_ facility: FacilityRecord, _ context: PageContext) -> Bool {
        context.has(.programmeOfficer) || (context.has(.manufacturer) && context.actor?.organisationID == facility.organisationID)
    }

    static func registerForm(_ context: PageContext, _ model: FacilitiesModel) -> Node {
        guard context.has(.manufacturer) else { return .empty }
        let t = context.t
        let form = model.form("register")
        return context.postForm(.registerFacility, [cls("panel narrow")]) {
            el("h2") { t(.registerFacility) }
            el("p", [cls("hint")]) { t(.registerFacilityHint) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "name", label: t(.name), value: form[value: "name"], error: form[error: "name"], required: true)
            UI.field(name: "address", label: t(.address), value: form[value: "address"], error: form[error: "address"], required: true)
            UI.field(name: "municipality", label: t(.municipality), value: form[value: "municipality"], error: form[error: "municipality"],
                     required: true)
            UI.field(name: "foreignOwned", label: t(.foreignOwned), value: form.values["foreignOwned"] ?? "false",
                     control: .select([("false", t(.no)), ("true", t(.yes))]))
            UI.submitButton(t(.registerFacility))
        }
    }

    /// Keeps field ids unique on a page with a form per facility.
    private static func scope(_ facility: FacilityRecord) -> String { String(facility.id.uuidString.prefix(8)).lowercased() }

    /// Shown only where ``mayManage(_:_:)`` holds.
    static func permitForm(_ facility: FacilityRecord, _ context: PageContext, _ model: FacilitiesModel) -> Node {
        let t = context.t, scope = scope(facility)
        let form = model.form("permit-\(facility.id.uuidString)")
        return context.postForm(.recordPermit(facility: facility.id), [cls("panel narrow")]) {
            el("h3") { t(.recordPermit) }
            el("p", [cls("hint")]) { t(.recordPermitHint) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            permitFields(form, scope: scope, t)
            UI.submitButton(t(.recordPermit))
        }
    }

    /// The fields of a permit, empty or as typed (or as stored, when editing).
    static func permitFields(_ form: TypedForm, scope: String, _ t: Language) -> Node {
        func optional(_ label: Msg) -> String { "\(t(label)) (\(t(.optionalField)))" }
        return .fragment([
            UI.field(name: "kind", label: t(.permit), value: form[value: "kind"], error: form[error: "kind"],
                     control: .select(PermitKind.allCases.map { ($0.rawValue, t(Msg.permitKind($0))) }), scope: scope),
            UI.field(name: "status", label: t(.status), value: form.values["status"] ?? PermitStatus.granted.rawValue,
                     error: form[error: "status"], control: .select(PermitStatus.allCases.map { ($0.rawValue, t(Msg.permitStatus($0))) }),
                     scope: scope),
            UI.field(name: "issuer", label: t(.issuer), value: form[value: "issuer"], error: form[error: "issuer"], required: true, scope: scope),
            UI.field(name: "reference", label: t(.reference), value: form[value: "reference"], error: form[error: "reference"],
                     required: true, scope: scope),
            UI.field(name: "validFrom", label: optional(.validFrom), value: form[value: "validFrom"], error: form[error: "validFrom"],
                     control: .date, scope: scope),
            UI.field(name: "validUntil", label: optional(.validUntil), value: form[value: "validUntil"], error: form[error: "validUntil"],
                     control: .date, scope: scope),
            UI.field(name: "clearanceLevel", label: optional(.clearanceLevel), value: form[value: "clearanceLevel"],
                     error: form[error: "clearanceLevel"], scope: scope),
        ])
    }

    /// Shown only where ``mayManage(_:_:)`` holds.
    static func statusForm(_ facility: FacilityRecord, _ context: PageContext, _ model: FacilitiesModel) -> Node {
        let t = context.t
        let form = model.form("status-\(facility.id.uuidString)")
        return context.postForm(.setFacilityStatus(facility: facility.id), [cls("panel narrow")]) {
            el("h3") { t(.changeFacilityStatus) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "status", label: t(.status), value: form.values["status"] ?? facility.status.rawValue, error: form[error: "status"],
                     control: .select(FacilityStatus.allCases.map { ($0.rawValue, t(Msg.facilityStatus($0))) }), scope: "status-" + scope(facility))
            UI.submitButton(t(.saveStatus))
        }
    }
}
