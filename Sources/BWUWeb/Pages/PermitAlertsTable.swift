import BWUDomain
import Foundation

/// The permit watch list as a table, on the facilities page and the dashboard.
enum PermitAlertsTable {
    static func render(_ entries: [FacilityAlerts], names: [UUID: String], _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let rows = entries.flatMap { entry in
            entry.alerts.map { alert -> [Node] in
                [text(entry.facility.name), text(names[entry.facility.organisationID] ?? ""), text(t(Msg.permitKind(alert.permitKind))),
                 UI.badge(t(Msg.alertKind(alert.kind)), tone: alert.kind == .expiring ? "warn" : "bad"),
                 text(alert.date.map { format.date($0) } ?? "")]
            }
        }
        guard !rows.isEmpty else { return el("p") { t(.noPermitAlerts) } }
        return el("div") {
            el("p", [cls("hint")]) { t(.permitAlertsHint) }
            UI.table(caption: t(.permitAlerts), headers: [t(.facility), t(.organisation), t(.permit), t(.alert), t(.date)], rows: rows)
        }
    }
}
