extension JSONScanner {
    /// Whole numbers are parsed exactly by hand; anything with a fraction or
    /// exponent goes through the standard library's correctly rounded parser.
    func parseNumber(_ start: Int) throws(ModelError) -> Double {
        var i = start
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var whole: UInt64 = 0
        var digits = 0
        while i < index, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 18 {
            whole = whole * 10 + UInt64(bytes[i] - 0x30)
            i += 1
            digits += 1
        }
        if i == index && digits > 0 {
            return negative ? -Double(whole) : Double(whole)
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw fail("not a valid number: \(text)") }
        return value
    }

    /// The slow path of `string()`, for strings with escapes.
    mutating func escapedString(from start: Int) throws(ModelError) -> String {
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let b = bytes[index]
            index += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard index < bytes.count else { break }
            let e = bytes[index]
            index += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                else { throw fail("not valid JSON: bad \\u escape") }
                index += 4
                var scalar = code
                // A surrogate pair spells one character outside the basic plane.
                if (0xD800..<0xDC00).contains(code), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                   let low = UInt32(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self), radix: 16),
                   (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default: out.append(e)
            }
        }
        throw fail("not valid JSON: unterminated string")
    }

    /// Skips any value (used nowhere in the model, kept for robustness of error paths).
    mutating func unknownField(_ key: String) -> ModelError {
        fail("unknown field '\(key)'")
    }

    /// Throws unless every key in `required` was seen; the path names the missing field.
    mutating func require(_ seen: Set<String>, _ required: [String]) throws(ModelError) {
        for key in required where !seen.contains(key) {
            path.append(key)
            defer { path.removeLast() }
            throw fail("required field is missing")
        }
    }
}
