/// RFC 4180 CSV for the auditor's downloads. Cells that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`) are prefixed with `'` so a downloaded file cannot execute anything.
public enum CSV {
    public static func render(header: [String], rows: [[String]]) -> String {
        var out = line(header)
        for row in rows { out += line(row) }
        return out
    }

    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// `-1500000.00` is data, not a formula: negative amounts stay as they are.
    static func isPlainNumber(_ value: String) -> Bool {
        let body = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return !body.isEmpty && parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first), !isPlainNumber(value) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
