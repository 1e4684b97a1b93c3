import BWUDomain
import Foundation

/// One facility with the permit alerts the facility service computed for it.
public struct FacilityAlerts: Sendable {
    public var facility: FacilityRecord
    public var alerts: [PermitRules.Alert]

    public init(facility: FacilityRecord, alerts: [PermitRules.Alert]) {
        self.facility = facility
        self.alerts = alerts
    }
}

public struct FacilitiesModel: Sendable {
    public var facilities: [FacilityRecord]
    /// Facilities with a required permit missing, expired or expiring within 90 days.
    public var alerts: [FacilityAlerts]
    public var organisationNames: [UUID: String]
    /// The day permits are judged on (the server's clock, so tests can pin it).
    public var today: CalendarDate
    /// A refused form (`register`, or `permit-` / `status-` and the facility's id) with what was typed.
    public var refusedForm: String?
    public var typed: TypedForm

    public init(facilities: [FacilityRecord], alerts: [FacilityAlerts], organisationNames: [UUID: String], today: CalendarDate,
                refusedForm: String? = nil, typed: TypedForm = TypedForm()) {
        self.facilities = facilities
        self.alerts = alerts
        self.organisationNames = organisationNames
        self.today = today
        self.refusedForm = refusedForm
        self.typed = typed
    }

    func form(_ name: String) -> TypedForm { refusedForm == name ? typed : TypedForm() }
}

/// Facilities in Denmark with each permit's standing, and the watch list of permits that need action.
public enum FacilitiesPage {
    public static func render(_ context: PageContext, _ model: FacilitiesModel) -> String {
        let t = context.t
        return Layout.page(context, title: t(.facilitiesTitle)) {
            el("section", [Attribute("aria-labelledby", "alerts-heading")]) {
                el("h2", [id("alerts-heading")]) { t(.permitAlerts) }
                PermitAlertsTable.render(model.alerts, names: model.organisationNames, context)
            }
            if model.facilities.isEmpty {
                el("p") { t(.noFacilities) }
            }
            for facility in model.facilities {
                section(facility, model, context)
            }
            FacilityForms.registerForm(context, model)
        }
    }

    private static func section(_ facility: FacilityRecord, _ model: FacilitiesModel, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let headingID = "facility-\(facility.id.uuidString.prefix(8))"
        let required = PermitKind.required(foreignOwned: facility.foreignOwned)
        // Every required kind gets a row, recorded or not; permits of other kinds follow.
        var rows: [[Node]] = []
        let manages = FacilityForms.mayManage(facility, context)
        for kind in required where !facility.permits.contains(where: { $0.kind == kind }) {
            rows.append([text(t(Msg.permitKind(kind))), UI.badge(t(.notRecorded), tone: "bad"), text(""), text(""), text(""), text(""), text("")]
                + (manages ? [text("")] : []))
        }
        for permit in facility.permits.sorted(by: { ($0.kind.rawValue, $0.reference) < ($1.kind.rawValue, $1.reference) }) {
            rows.append([
                text(t(Msg.permitKind(permit.kind))), standing(permit, today: model.today, t),
                text(permit.issuer), text(permit.reference),
                text(permit.validFrom.map { format.date($0) } ?? ""), text(permit.validUntil.map { format.date($0) } ?? ""),
                text(permit.clearanceLevel ?? ""),
            ] + (manages ? [UI.link(t(.edit), .editPermit(facility: facility.id, permit: permit.id),
                                    [Attribute("aria-label", "\(t(.editPermit)): \(t(Msg.permitKind(permit.kind))) \(permit.reference)")])] : []))
        }
        return el("section", [cls("facility"), Attribute("aria-labelledby", headingID)]) {
            el("h2", [id(headingID)]) { facility.name }
            UI.facts([
                (t(.organisation), text(model.organisationNames[facility.organisationID] ?? "")),
                (t(.address), text("\(facility.address), \(facility.municipality)")),
                (t(.foreignOwned), text(t(facility.foreignOwned ? .yes : .no))),
                (t(.status), facilityBadge(facility.status, t)),
            ])
            UI.table(
                caption: "\(t(.permitsOf)) \(facility.name)",
                headers: [t(.permit), t(.status), t(.issuer), t(.reference), t(.validFrom), t(.validUntil), t(.clearanceLevel)]
                    + (manages ? [t(.edit)] : []),
                rows: rows)
            if manages {
                // Closed until wanted, so a list of facilities stays readable; open when one of its forms was refused.
                el("details", [cls("manage"), Attribute.flag("open", model.refusedForm?.hasSuffix(facility.id.uuidString) == true)]) {
                    el("summary") { t(.manageFacility) }
                    el("div", [cls("form-row")]) {
                        FacilityForms.permitForm(facility, context, model)
                        FacilityForms.statusForm(facility, context, model)
                    }
                }
            }
        }
    }

    /// A permit's standing on `today`: its recorded status, and for a granted one whether it holds now.
    static func standing(_ permit: PermitRecord, today: CalendarDate, _ t: Language) -> Node {
        switch permit.status {
        case .applied: return UI.badge(t(Msg.permitStatus(.applied)), tone: "info")
        case .refused, .revoked: return UI.badge(t(Msg.permitStatus(permit.status)), tone: "bad")
        case .granted:
            if let from = permit.validFrom, today < from { return UI.badge(t(.permitNotYetValid), tone: "warn") }
            guard let until = permit.validUntil else { return UI.badge(t(.permitValid), tone: "good") }
            if until < today { return UI.badge(t(.permitExpired), tone: "bad") }
            if until <= today.adding(days: 90) { return UI.badge(t(.permitExpiresSoon), tone: "warn") }
            return UI.badge(t(.permitValid), tone: "good")
        }
    }

    static func facilityBadge(_ status: FacilityStatus, _ t: Language) -> Node {
        let tone = switch status {
        case .operational: "good"
        case .planned: "neutral"
        case .suspended: "bad"
        }
        return UI.badge(t(Msg.facilityStatus(status)), tone: tone)
    }
}
