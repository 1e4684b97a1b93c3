import BWUDomain
import Foundation

/// The audit log for the auditor: filterable, paged, downloadable, with the chain's state.
public struct AuditModel: Sendable {
    public var filter: AuditFilter
    public var entries: [AuditRecord]
    public var total: Int
    public var pageSize: Int
    /// Entries checked and the first break found, if any.
    public var chain: (checked: Int, break: AuditChain.Break?)

    public init(filter: AuditFilter, entries: [AuditRecord], total: Int, pageSize: Int, chain: (checked: Int, break: AuditChain.Break?)) {
        self.filter = filter
        self.entries = entries
        self.total = total
        self.pageSize = pageSize
        self.chain = chain
    }
}

public enum AuditPage {
    public static func render(_ context: PageContext, _ model: AuditModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.auditTitle)) {
            if let found = model.chain.break {
                el("div", [cls("chain broken"), Attribute("role", "alert")]) {
                    el("h2") { t(.chainBroken) }
                    el("p") { "\(t(.chainBrokenAt)) \(found.sequence) (\(found.kind.rawValue)): \(found.detail)" }
                }
            } else {
                el("div", [cls("chain intact"), Attribute("role", "status")]) {
                    el("h2") { t(.chainIntact) }
                    el("p") { "\(format.integer(model.chain.checked)) \(t(.chainEntriesChecked))" }
                }
            }
            el("form", [Attribute("method", "get"), Attribute("action", WebRoute.audit(AuditFilter()).path), cls("filters")]) {
                UI.field(name: "action", label: t(.action), value: model.filter.action ?? "",
                         control: .select([("", t(.allActions))] + Msg.knownAuditActions.map { ($0, t.auditAction($0)) }))
                UI.field(name: "entity", label: t(.entityID), value: model.filter.entity ?? "")
                UI.field(name: "actor", label: t(.actorEmail), value: model.filter.actor ?? "", control: .email)
                UI.submitButton(t(.filter), secondary: true)
            }
            el("p") { UI.link(t(.downloadCSV), .auditCSV(AuditFilter(action: model.filter.action, entity: model.filter.entity, actor: model.filter.actor)),
                              [Attribute("download", "bwu-audit.csv")]) }
            UI.table(
                caption: "\(t(.auditTitle)): \(format.integer(model.total))",
                headers: [t(.sequence), t(.date), t(.actorEmail), t(.action), t(.entity), t(.details), t(.hash)], numeric: [0],
                rows: model.entries.map { entry in
                    [text(String(entry.sequence)), text(AuditTimestamp.parse(entry.occurredAt).map(format.dateTime) ?? entry.occurredAt),
                     text(entry.actorEmail), text(t.auditAction(entry.action)), entityLink(entry),
                     el("dl", [cls("details")]) {
                         for key in entry.details.keys.sorted() {
                             el("div") { el("dt") { key }; el("dd") { entry.details[key]! } }
                         }
                     },
                     el("code", [Attribute("title", entry.hash)]) { String(entry.hash.prefix(12)) + "…" }]
                })
            pager(context, model)
        }
    }

    private static func entityLink(_ entry: AuditRecord) -> Node {
        let label = "\(entry.entityType) \(entry.entityID.prefix(8))"
        guard let id = UUID(uuidString: entry.entityID) else { return text(label) }
        switch entry.entityType {
        case "application": return UI.link(label, .application(id))
        case "grant": return UI.link(label, .grant(id))
        default: return text(label)
        }
    }

    private static func pager(_ context: PageContext, _ model: AuditModel) -> Node {
        let t = context.t
        let pages = max(1, (model.total + model.pageSize - 1) / model.pageSize)
        var previous = model.filter, next = model.filter
        previous.page -= 1
        next.page += 1
        return el("nav", [Attribute("aria-label", t(.pages)), cls("pager")]) {
            if model.filter.page > 1 { UI.link(t(.previousPage), .audit(previous), [Attribute("rel", "prev")]) }
            el("span") { "\(model.filter.page) / \(pages)" }
            if model.filter.page < pages { UI.link(t(.nextPage), .audit(next), [Attribute("rel", "next")]) }
        }
    }

    public static func csv(_ entries: [AuditRecord]) -> String {
        CSV.render(
            header: ["sequence", "occurred_at", "actor_id", "actor_email", "action", "entity_type", "entity_id", "details", "previous_hash", "hash"],
            rows: entries.map {
                [String($0.sequence), $0.occurredAt, $0.actorID.uuidString, $0.actorEmail, $0.action, $0.entityType, $0.entityID,
                 $0.canonicalDetails, $0.previousHash, $0.hash]
            })
    }
}
