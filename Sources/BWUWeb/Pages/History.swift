import BWUDomain
import Foundation

/// One line of a record's history: when, who, what, and the facts kept with it.
public struct HistoryEntry: Equatable, Sendable {
    public let date: Date
    public let who: String
    /// The audit action code, e.g. `application.submitted`; the page shows it in the reader's language.
    public let action: String
    public let details: [(String, String)]

    public init(date: Date, who: String, action: String, details: [(String, String)]) {
        self.date = date
        self.who = who
        self.action = action
        self.details = details
    }

    public static func == (lhs: HistoryEntry, rhs: HistoryEntry) -> Bool {
        lhs.date == rhs.date && lhs.who == rhs.who && lhs.action == rhs.action
            && lhs.details.map { "\($0.0)=\($0.1)" } == rhs.details.map { "\($0.0)=\($0.1)" }
    }

    /// From audit entries: the authoritative history, for readers of the audit log.
    public static func fromAudit(_ records: [AuditRecord]) -> [HistoryEntry] {
        records.map { record in
            HistoryEntry(
                date: AuditTimestamp.parse(record.occurredAt) ?? Date(timeIntervalSince1970: 0), who: record.actorEmail,
                action: record.action, details: record.details.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    /// For readers without access to the audit log: what the application record itself shows
    /// (its drafting, every review with its reason, and its latest change).
    public static func derived(from application: ApplicationRecord, _ t: Language) -> [HistoryEntry] {
        var entries = [HistoryEntry(date: application.createdAt, who: "", action: "application.drafted", details: [])]
        for review in application.reviews.sorted(by: { $0.createdAt < $1.createdAt }) {
            entries.append(HistoryEntry(
                date: review.createdAt, who: t(Msg.ministryName(review.remit)), action: "application.reviewed",
                details: [(t(.round), String(review.round)), (t(.verdict), t(Msg.verdictName(review.verdict))), (t(.reason), review.reason)]))
        }
        if application.updatedAt > (entries.last?.date ?? application.createdAt) {
            // A draft's latest change is an edit; otherwise the change that put it in its state.
            let action = application.status == .draft ? "application.edited" : "application.\(application.status.rawValue)"
            entries.append(HistoryEntry(date: application.updatedAt, who: "", action: action, details: []))
        }
        return entries
    }

    static func render(_ entries: [HistoryEntry], _ context: PageContext) -> Node {
        let t = context.t
        return el("ol", [cls("history")]) {
            for entry in entries {
                el("li") {
                    el("time") { context.format.dateTime(entry.date) }
                    " "
                    el("strong") { t.auditAction(entry.action) }
                    if !entry.who.isEmpty { " · \(entry.who)" }
                    if !entry.details.isEmpty {
                        el("dl", [cls("details")]) {
                            for (key, value) in entry.details {
                                el("div") {
                                    el("dt") { key }
                                    el("dd") { value }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
