extension Money {
    /// Parses a decimal string such as `"1500000.00"` or `"1500000"` exactly.
    ///
    /// - Parameters:
    ///   - text: digits with an optional `.` and at most the currency's minor digits.
    ///   - currency: the currency the amount is in.
    ///   - field: the field name used in the error, so the user knows what to fix.
    ///   - allowZero: whether `0` is acceptable (it is not for grants or milestones).
    /// - Throws: ``DomainError`` naming `field` for a sign, a fraction of a minor unit,
    ///   stray characters or an amount too large to hold.
    public static func parse(
        _ text: String, currency: CurrencyCode, field: String, allowZero: Bool = false
    ) throws -> Money {
        if text.hasPrefix("-") {
            throw DomainError.invalid(field, "must not be negative")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let wholePart = parts.first, !wholePart.isEmpty,
              wholePart.allSatisfy(\.isASCIIDigit)
        else {
            throw DomainError.invalid(field, "expected a decimal amount like \"1500000.00\", got \"\(text)\"")
        }
        let fractionPart = parts.count == 2 ? parts[1] : ""
        guard fractionPart.allSatisfy(\.isASCIIDigit), parts.count == 1 || !fractionPart.isEmpty else {
            throw DomainError.invalid(field, "expected a decimal amount like \"1500000.00\", got \"\(text)\"")
        }
        guard fractionPart.count <= currency.minorDigits else {
            throw DomainError.invalid(
                field, "has \(fractionPart.count) decimal places; \(currency.code) has \(currency.minorDigits)")
        }
        let padded = fractionPart + String(repeating: "0", count: currency.minorDigits - fractionPart.count)
        guard wholePart.count + padded.count <= 17, let minor = Int64(wholePart + padded) else {
            throw DomainError.invalid(field, "is too large")
        }
        if minor == 0 && !allowZero {
            throw DomainError.invalid(field, "must be greater than zero")
        }
        return Money(minorUnits: minor, currency: currency)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
