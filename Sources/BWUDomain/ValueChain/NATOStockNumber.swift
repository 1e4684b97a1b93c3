import Foundation

/// A NATO Stock Number: 13 digits, a 4-digit NATO Supply Class (its first two digits are the
/// supply group, 10 to 99), a 2-digit National Codification Bureau code and a 7-digit serial.
/// Written `5995-12-345-6789`, or as the 13 digits alone.
public struct NATOStockNumber: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    /// - Parameters:
    ///   - text: `NNNN-NN-NNN-NNNN` or `NNNNNNNNNNNNN`.
    ///   - field: the field named in the error.
    /// - Throws: ``DomainError`` saying which part is wrong.
    public init(_ text: String, field: String = "nsn") throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.filter { $0 != "-" }
        guard digits.count == 13, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw DomainError.invalid(field, "'\(text)' is not a NATO Stock Number: expected 13 digits (4-digit supply class, 2-digit codification bureau, 7-digit serial), e.g. 5995-12-345-6789")
        }
        if trimmed.contains("-") {
            let groups = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
            guard groups == [4, 2, 3, 4] || groups == [4, 2, 7] else {
                throw DomainError.invalid(field, "'\(text)' is grouped wrongly: write NNNN-NN-NNN-NNNN")
            }
        }
        guard let group = Int(digits.prefix(2)), group >= 10 else {
            throw DomainError.invalid(field, "'\(text)' has supply class \(digits.prefix(4)): NATO supply groups run from 10 to 99")
        }
        self.digits = digits
    }

    /// The 4-digit NATO Supply Class, e.g. `5995` (cable, cord and wire assemblies).
    public var supplyClass: String { String(digits.prefix(4)) }
    /// The 2-digit code of the National Codification Bureau that codified the item.
    public var codificationBureau: String { String(digits.dropFirst(4).prefix(2)) }
    /// The 9-digit National Item Identification Number (bureau code and serial).
    public var niin: String { String(digits.dropFirst(4)) }

    public var description: String {
        let d = Array(digits)
        return String(d[0..<4]) + "-" + String(d[4..<6]) + "-" + String(d[6..<9]) + "-" + String(d[9..<13])
    }
}
