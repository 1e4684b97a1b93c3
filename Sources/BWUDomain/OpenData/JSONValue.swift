/// A JSON document built in code, written with sorted keys and exact number literals, so that
/// published amounts are the ledger's integers, never a float's approximation.
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    /// A number written as-is, e.g. `12000000.00`.
    case number(String)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public static func money(_ money: Money) -> JSONValue {
        .object(["amount": .number(money.decimalString), "currency": .string(money.currency.code)])
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// Compact JSON with keys sorted: the same document always gives the same bytes.
    public var serialized: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .string(let text): out += AuditRecord.quote(text)
        case .number(let literal): out += literal
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                JSONValue.string(key).write(into: &out)
                out += ":"
                fields[key]!.write(into: &out)
            }
            out += "}"
        }
    }
}
