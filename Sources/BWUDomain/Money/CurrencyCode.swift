/// An ISO 4217 currency the programme handles, with the number of minor-unit digits.
public struct CurrencyCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let code: String
    public let minorDigits: Int

    /// Minor-unit digits of the currencies a defence-production programme in Europe meets.
    /// Unknown codes are refused rather than guessed: a wrong exponent misstates money by 100×.
    private static let known: [String: Int] = [
        "DKK": 2, "EUR": 2, "UAH": 2, "USD": 2, "GBP": 2, "NOK": 2, "SEK": 2,
        "PLN": 2, "CZK": 2, "CHF": 2, "JPY": 0, "ISK": 0,
    ]

    public static let dkk = CurrencyCode(uncheckedCode: "DKK", minorDigits: 2)

    private init(uncheckedCode: String, minorDigits: Int) {
        self.code = uncheckedCode
        self.minorDigits = minorDigits
    }

    /// - Parameter code: a three-letter ISO 4217 code such as `DKK`.
    /// - Throws: ``DomainError`` when the code is not a supported ISO 4217 currency.
    public init(_ code: String, field: String = "currency") throws {
        guard let digits = Self.known[code] else {
            throw DomainError.invalid(field, "'\(code)' is not a supported ISO 4217 currency code")
        }
        self.init(uncheckedCode: code, minorDigits: digits)
    }

    public init(from decoder: Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        try self.init(code)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    public var description: String { code }
}
