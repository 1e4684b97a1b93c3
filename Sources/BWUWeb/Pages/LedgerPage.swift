import BWUDomain
import Foundation

/// Every ledger transaction with its postings, filterable, with a CSV download of the same rows.
public struct LedgerModel: Sendable {
    public var filter: LedgerFilter
    public var transactions: [LedgerTransactionRecord]
    /// Readable names of accounts' grants and funding sources, by id.
    public var names: [UUID: String]
    public var people: [UUID: String]
    public var filterErrors: [String: String]

    public init(filter: LedgerFilter, transactions: [LedgerTransactionRecord], names: [UUID: String], people: [UUID: String],
                filterErrors: [String: String] = [:]) {
        self.filter = filter
        self.transactions = transactions
        self.names = names
        self.people = people
        self.filterErrors = filterErrors
    }

    /// Keeps the transactions that pass the filter (dates compared on their UTC day).
    public static func apply(_ filter: LedgerFilter, to transactions: [LedgerTransactionRecord]) -> [LedgerTransactionRecord] {
        transactions.filter { transaction in
            if let kind = filter.kind, transaction.kind != kind { return false }
            guard filter.from != nil || filter.to != nil else { return true }
            let day = CalendarDate(utc: transaction.createdAt)
            if let from = filter.from, day < from { return false }
            if let to = filter.to, to < day { return false }
            return true
        }
    }

    func account(_ code: String, _ t: Language) -> String {
        switch LedgerAccount(code: code) {
        case .available: t(.available)
        case .committed(let grant): "\(t(.committed)) · \(names[grant] ?? grant.uuidString)"
        case .disbursed(let grant): "\(t(.disbursed)) · \(names[grant] ?? grant.uuidString)"
        case .fundingSource(let source): "\(t(.fundingSource)) · \(names[source] ?? source.uuidString)"
        case nil: code
        }
    }
}

public enum LedgerPage {
    public static func render(_ context: PageContext, _ model: LedgerModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.ledgerTitle)) {
            el("form", [Attribute("method", "get"), Attribute("action", WebRoute.ledger(LedgerFilter()).path), cls("filters")]) {
                UI.field(name: "kind", label: t(.kind), value: model.filter.kind?.rawValue ?? "",
                         control: .select([("", t(.allKinds))] + LedgerTransactionKind.allCases.map { ($0.rawValue, t(Msg.ledgerKind($0))) }))
                UI.field(name: "from", label: t(.fromDate), value: model.filter.from?.description ?? "", error: model.filterErrors["from"], control: .date)
                UI.field(name: "to", label: t(.toDate), value: model.filter.to?.description ?? "", error: model.filterErrors["to"], control: .date)
                UI.submitButton(t(.filter), secondary: true)
            }
            el("p") { UI.link(t(.downloadCSV), .ledgerCSV(model.filter), [Attribute("download", "bwu-ledger.csv")]) }
            UI.table(
                caption: "\(t(.ledgerTitle)): \(format.integer(model.transactions.count))",
                headers: [t(.date), t(.kind), t(.memo), t(.postings), t(.by)],
                rows: model.transactions.map { transaction in
                    [text(format.dateTime(transaction.createdAt)), text(t(Msg.ledgerKind(transaction.kind))), text(transaction.memo),
                     el("ul", [cls("postings")]) {
                         for posting in transaction.postings {
                             el("li") {
                                 el("span") { model.account(posting.account, t) }
                                 " "
                                 el("span", [cls(posting.amount.isNegative ? "num credit" : "num")]) { format.money(posting.amount) }
                             }
                         }
                     },
                     text(model.people[transaction.createdBy] ?? "\(t(.anotherUser)) (\(transaction.createdBy.uuidString.prefix(8)))")]
                })
        }
    }

    /// The same rows as the page, one line per posting, amounts as plain decimals for spreadsheets.
    public static func csv(_ model: LedgerModel) -> String {
        let instant = ISO8601DateFormatter()  // one for the whole file: making one per row cost more than the row
        return CSV.render(
            header: ["transaction_id", "created_at", "kind", "memo", "account", "account_name", "amount", "currency", "created_by"],
            rows: model.transactions.flatMap { transaction in
                transaction.postings.map { posting in
                    [transaction.id.uuidString, instant.string(from: transaction.createdAt), transaction.kind.rawValue,
                     transaction.memo, posting.account, model.account(posting.account, .en), posting.amount.decimalString,
                     posting.amount.currency.code, model.people[transaction.createdBy] ?? transaction.createdBy.uuidString]
                }
            })
    }
}
