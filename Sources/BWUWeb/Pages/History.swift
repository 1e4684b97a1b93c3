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
                date: AuditTime.parse(record.occurredAt) ?? Date(timeIntervalSince1970: 0), who: record.actorEmail,
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

/// The audit log keeps instants as ISO 8601 UTC text with milliseconds
/// (`2026-11-25T17:03:12.345Z`, as `AuditTimestamp` writes them).
enum AuditTime {
    /// Read by hand: a date formatter per entry cost more than the rest of the audit page.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes.last == UInt8(ascii: "Z"),
              let day = try? CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self), field: "occurredAt"),
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]), let second = number(bytes[17..<19]),
              hour < 24, minute < 60, second < 61
        else { return nil }
        var millis = 0
        if bytes[19] == UInt8(ascii: ".") {
            guard bytes.count == 24, let fraction = number(bytes[20..<23]) else { return nil }
            millis = fraction
        } else if bytes.count != 20 {
            return nil
        }
        let seconds = ((day.dayNumber * 24 + hour) * 60 + minute) * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(millis) / 1000)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
