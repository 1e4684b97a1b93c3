import Foundation

/// A Common Procurement Vocabulary code (EU public procurement): eight digits and an optional
/// check digit, `35300000-6`. The first two digits are the division, and each further digit
/// narrows it (group, class, category); trailing zeros mean "the whole of the level above".
///
/// The check digit is read but not recomputed: the published CPV 2008 check digits do not
/// follow the documented rule, so checking it would refuse genuine codes.
public struct CPVCode: Hashable, Sendable, CustomStringConvertible {
    /// The eight significant digits.
    public let code: String
    public let checkDigit: Character?

    /// The 45 divisions of CPV 2008.
    public static let divisions: Set<String> = [
        "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39",
        "41", "42", "43", "44", "45", "48", "50", "51", "55", "60", "63", "64", "65", "66", "70", "71", "72", "73",
        "75", "76", "77", "79", "80", "85", "90", "92", "98",
    ]

    /// - Throws: ``DomainError`` naming `field` and what is wrong.
    public init(_ text: String, field: String = "cpv") throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        func isDigits(_ s: Substring) -> Bool { s.allSatisfy { $0.isASCII && $0.isNumber } }
        guard (parts.count == 1 || parts.count == 2), parts[0].count == 8, isDigits(parts[0]),
              parts.count == 1 || (parts[1].count == 1 && isDigits(parts[1]))
        else {
            throw DomainError.invalid(field, "'\(text)' is not a CPV code: expected 8 digits and a check digit, e.g. 35300000-6")
        }
        guard Self.divisions.contains(String(parts[0].prefix(2))) else {
            throw DomainError.invalid(field, "'\(text)' starts with \(parts[0].prefix(2)), which is not a CPV division")
        }
        code = String(parts[0])
        checkDigit = parts.count == 2 ? parts[1].first : nil
    }

    /// The digits that carry meaning: the code without its trailing zeros, never shorter than the division.
    public var significant: Substring {
        var end = code.endIndex
        while end > code.index(code.startIndex, offsetBy: 2), code[code.index(before: end)] == "0" { end = code.index(before: end) }
        return code[..<end]
    }

    /// How many leading digits two codes share within their meaningful part: 2 is the same
    /// division, 3 the same group, 4 the same class, 8 the same code; 0 when the divisions differ.
    public func sharedLevel(with other: CPVCode) -> Int {
        let a = Array(significant), b = Array(other.significant)
        var shared = 0
        while shared < min(a.count, b.count), a[shared] == b[shared] { shared += 1 }
        // A broader code covers everything below it: 35300000 covers 35320000.
        if shared == min(a.count, b.count) { shared = max(shared, min(a.count, b.count)) }
        return shared >= 2 ? shared : 0
    }

    public var description: String { checkDigit.map { "\(code)-\($0)" } ?? code }
}
