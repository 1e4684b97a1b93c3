/// A CSV file (RFC 4180: comma-separated, double-quoted fields may hold commas, quotes and
/// line breaks) with a header row, read so that every error can name its file, line and column.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// 1-based line where the row starts in the file (the header is line 1).
        public let line: Int
        public let fields: [String: String]
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]

    /// - Parameters:
    ///   - file: the file name, for error messages (`operations.csv`).
    ///   - columns: the documented columns; all must be present except `optional` ones, no others.
    /// - Throws: ``ImportError`` for malformed quoting, a wrong header or a row of the wrong width.
    public init(file: String, text: String, columns: [String], optional: Set<String> = []) throws(ImportError) {
        self.file = file
        let records = try Self.records(file: file, text: text)
        guard let first = records.first else {
            throw ImportError(file: file, line: 1, column: nil, reason: "the file is empty; expected the header \(columns.joined(separator: ","))")
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, name) in header.enumerated() where !columns.contains(name) {
            throw ImportError(file: file, line: 1, column: name.isEmpty ? "column \(index + 1)" : name,
                              reason: "unknown column; expected \(columns.joined(separator: ","))")
        }
        for column in columns where !header.contains(column) && !optional.contains(column) {
            throw ImportError(file: file, line: 1, column: column, reason: "missing column")
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }  // blank line
            guard record.fields.count == header.count else {
                throw ImportError(file: file, line: record.line, column: nil,
                                  reason: "has \(record.fields.count) fields, the header has \(header.count)")
            }
            rows.append(Row(line: record.line, fields: Dictionary(uniqueKeysWithValues: zip(header, record.fields))))
        }
        self.header = header
        self.rows = rows
    }

    private static func records(file: String, text: String) throws(ImportError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, fieldWasQuoted = false
        var line = 1, recordLine = 1
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\""); index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
            } else {
                switch character {
                case "\"":
                    guard field.isEmpty, !fieldWasQuoted else {
                        throw ImportError(file: file, line: line, column: "field \(fields.count + 1)", reason: "a quote inside an unquoted field")
                    }
                    quoted = true; fieldWasQuoted = true
                case ",":
                    fields.append(field); field = ""; fieldWasQuoted = false
                case "\n":
                    fields.append(field); field = ""; fieldWasQuoted = false
                    records.append((recordLine, fields)); fields = []
                    line += 1; recordLine = line
                default:
                    if fieldWasQuoted {
                        throw ImportError(file: file, line: line, column: "field \(fields.count + 1)", reason: "text after a closing quote")
                    }
                    field.append(character)
                }
            }
            index += 1
        }
        if quoted { throw ImportError(file: file, line: recordLine, column: "field \(fields.count + 1)", reason: "a quoted field is never closed") }
        return records
    }

    /// Writes rows as CSV, quoting only where needed.
    public static func write(columns: [String], rows: [[String]]) -> String {
        func escape(_ value: String) -> String {
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return ([columns] + rows).map { $0.map(escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

/// One import error, pointing at the exact place to fix.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: String?
    public let reason: String

    public init(file: String, line: Int, column: String?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        "\(file):\(line)\(column.map { " column \($0)" } ?? ""): \(reason)"
    }
}
