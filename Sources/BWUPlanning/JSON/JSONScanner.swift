/// A small, fast JSON reader over UTF-8 bytes that decodes straight into the
/// model types without building an intermediate tree. It tracks the JSON
/// path of the value being read so that every error names it.
///
/// `JSONDecoder` with per-object unknown-key checks read the 10,000-item
/// benchmark model at about 4 MB/s; this reader is what keeps `bwu plan`
/// within its end-to-end time.
struct JSONScanner {
    let bytes: [UInt8]
    var index = 0
    /// Path of the value being read: object keys, or array indices as `[n]`.
    var path: [String] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var pathText: String { "$" + path.map { $0.hasPrefix("[") ? $0 : "." + $0 }.joined() }

    func fail(_ reason: String) -> ModelError { ModelError(path: pathText, reason: reason) }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func peek() -> UInt8? {
        skipSpace()
        return index < bytes.count ? bytes[index] : nil
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(ModelError) {
        guard peek() == byte else { throw fail("not valid JSON: expected \(what) at byte \(index)") }
        index += 1
    }

    /// True (and consumed) when the next value is `null`.
    mutating func skipNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), index + 4 <= bytes.count,
              bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// Reads an object, calling `field` with each key while the path points at it.
    mutating func object(_ field: (inout JSONScanner, String) throws(ModelError) -> Void) throws(ModelError) {
        guard peek() == UInt8(ascii: "{") else { throw fail("expected an object") }
        index += 1
        if peek() == UInt8(ascii: "}") { index += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw fail("not valid JSON: expected a field name at byte \(index)") }
            let key = try string()
            try expect(UInt8(ascii: ":"), "':'")
            path.append(key)
            try field(&self, key)
            path.removeLast()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return
            default: throw fail("not valid JSON: expected ',' or '}' at byte \(index)")
            }
        }
    }

    /// Reads an array, calling `element` for each entry while the path points at it.
    mutating func array(_ element: (inout JSONScanner) throws(ModelError) -> Void) throws(ModelError) {
        guard peek() == UInt8(ascii: "[") else { throw fail("expected an array") }
        index += 1
        if peek() == UInt8(ascii: "]") { index += 1; return }
        var n = 0
        while true {
            path.append("[\(n)]")
            try element(&self)
            path.removeLast()
            n += 1
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return
            default: throw fail("not valid JSON: expected ',' or ']' at byte \(index)")
            }
        }
    }

    mutating func string() throws(ModelError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected a string") }
        index += 1
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return text
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            index += 1
        }
        throw fail("not valid JSON: unterminated string")
    }

    mutating func number() throws(ModelError) -> Double {
        guard let first = peek(), first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else {
            throw fail("expected a number")
        }
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                return try parseNumber(start)
            }
        }
        return try parseNumber(start)
    }

    /// A number that must be whole (leadTime, bucket, due, priority).
    mutating func int() throws(ModelError) -> Int {
        let value = try number()
        guard value == value.rounded(), abs(value) < 9e15 else { throw fail("expected a whole number") }
        return Int(value)
    }

    mutating func numbers() throws(ModelError) -> [Double] {
        var values: [Double] = []
        try array { (s: inout JSONScanner) throws(ModelError) in values.append(try s.number()) }
        return values
    }
}
