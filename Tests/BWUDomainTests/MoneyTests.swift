import Foundation
import Testing
@testable import BWUDomain

@Suite("Money: exact amounts, parsing and display")
struct MoneyTests {
    let dkk = CurrencyCode.dkk

    // MARK: Parsing what a user types

    @Test("accepts plain decimal amounts exactly", arguments: [
        ("1500000.00", Int64(150_000_000)),
        ("1500000", 150_000_000),
        ("0.5", 50),
        ("0.05", 5),
        ("12.34", 1234),
        ("500000000.00", 50_000_000_000),
        ("999999999999999.99", 99_999_999_999_999_999),
    ])
    func parsesValidAmounts(text: String, minorUnits: Int64) throws {
        let money = try Money.parse(text, currency: dkk, field: "amount")

        #expect(money.minorUnits == minorUnits)
        #expect(money.currency == dkk)
    }

    @Test("refuses malformed amounts and names the field", arguments: [
        "12.345", "12a", "abc", "", "1.", ".5", ".", " 5", "5 ", "1,5", "1.2.3", "+5", "1e6",
        "0x10", "١٢", "１２", "12.3a",
    ])
    func refusesMalformed(text: String) throws {
        let error = try #require(throws: DomainError.self) {
            try Money.parse(text, currency: dkk, field: "requestedAmount.amount")
        }

        #expect(error.kind == .invalid)
        #expect(error.field == "requestedAmount.amount")
    }

    @Test("refuses negative amounts", arguments: ["-5", "-0.01", "-0"])
    func refusesNegative(text: String) throws {
        let error = try #require(throws: DomainError.self) {
            try Money.parse(text, currency: dkk, field: "amount")
        }

        #expect(error.kind == .invalid)
        #expect(error.field == "amount")
        #expect(error.reason.contains("negative"))
    }

    @Test("refuses a fraction of an øre, saying how many places DKK has")
    func refusesTooManyDecimals() throws {
        let error = try #require(throws: DomainError.self) {
            try Money.parse("12.345", currency: dkk, field: "amount")
        }

        #expect(error.reason.contains("3 decimal places"))
        #expect(error.reason.contains("DKK has 2"))
    }

    @Test("refuses amounts too large to hold instead of overflowing", arguments: [
        "9999999999999999", "99999999999999999999", "9223372036854775807", "92233720368547758.08",
        String(repeating: "9", count: 200),
    ])
    func refusesOverflow(text: String) throws {
        let error = try #require(throws: DomainError.self) {
            try Money.parse(text, currency: dkk, field: "amount")
        }

        #expect(error.kind == .invalid)
        #expect(error.reason.contains("too large"))
    }

    @Test("refuses zero unless the caller allows it", arguments: ["0", "0.0", "0.00"])
    func zeroNeedsPermission(text: String) throws {
        let error = try #require(throws: DomainError.self) {
            try Money.parse(text, currency: dkk, field: "amount")
        }
        let allowed = try Money.parse(text, currency: dkk, field: "amount", allowZero: true)

        #expect(error.reason.contains("greater than zero"))
        #expect(allowed == .zero(dkk))
    }

    // MARK: Currencies

    @Test("JPY has no minor digits: whole yen only")
    func yenHasNoDecimals() throws {
        let jpy = try CurrencyCode("JPY")

        let money = try Money.parse("1500", currency: jpy, field: "amount")

        #expect(jpy.minorDigits == 0)
        #expect(money.minorUnits == 1500)
        #expect(money.decimalString == "1500")
        #expect(money.description == "JPY 1,500")
        #expect(throws: DomainError.self) { try Money.parse("1500.5", currency: jpy, field: "amount") }
        #expect(throws: DomainError.self) { try Money.parse("1500.", currency: jpy, field: "amount") }
    }

    @Test("unknown or mistyped currency codes are refused, naming the field", arguments: [
        "XYZ", "dkk", "DK", "DKKK", "", "EUR ",
    ])
    func refusesUnknownCurrency(code: String) throws {
        let error = try #require(throws: DomainError.self) { try CurrencyCode(code, field: "requestedAmount.currency") }

        #expect(error.kind == .invalid)
        #expect(error.field == "requestedAmount.currency")
    }

    @Test("known currencies carry their ISO 4217 exponent", arguments: [
        ("DKK", 2), ("EUR", 2), ("UAH", 2), ("USD", 2), ("ISK", 0), ("JPY", 0),
    ])
    func knownCurrencies(code: String, digits: Int) throws {
        let currency = try CurrencyCode(code)

        #expect(currency.code == code)
        #expect(currency.minorDigits == digits)
        #expect(currency.description == code)
    }

    @Test("CurrencyCode is JSON as its bare code, and decoding refuses unknown codes")
    func currencyCodable() throws {
        let encoded = try JSONEncoder().encode([CurrencyCode.dkk])
        let decoded = try JSONDecoder().decode([CurrencyCode].self, from: encoded)

        #expect(String(decoding: encoded, as: UTF8.self) == #"["DKK"]"#)
        #expect(decoded == [.dkk])
        #expect(throws: DomainError.self) {
            try JSONDecoder().decode([CurrencyCode].self, from: Data(#"["XYZ"]"#.utf8))
        }
    }

    // MARK: Display

    @Test("decimalString has exactly the currency's minor digits", arguments: [
        (Int64(50_000_000_000), "500000000.00"),
        (5, "0.05"),
        (50, "0.50"),
        (0, "0.00"),
        (-150, "-1.50"),
        (100, "1.00"),
    ])
    func decimalString(minorUnits: Int64, expected: String) {
        let money = Money(minorUnits: minorUnits, currency: dkk)

        #expect(money.decimalString == expected)
    }

    @Test("description groups thousands and names the currency", arguments: [
        (Int64(50_000_000_000), "DKK 500,000,000.00"),
        (99_900, "DKK 999.00"),
        (100_000, "DKK 1,000.00"),
        (5, "DKK 0.05"),
        (-123_450, "DKK -1,234.50"),
        (Int64.min, "DKK -92,233,720,368,547,758.08"),
    ])
    func description(minorUnits: Int64, expected: String) {
        let money = Money(minorUnits: minorUnits, currency: dkk)

        #expect(money.description == expected)
    }

    @Test("what is displayed parses back to the same amount", arguments: [Int64(1), 99, 100, 123_456_789, 50_000_000_000])
    func roundTrip(minorUnits: Int64) throws {
        let money = Money(minorUnits: minorUnits, currency: dkk)

        let parsed = try Money.parse(money.decimalString, currency: dkk, field: "amount")

        #expect(parsed == money)
    }

    // MARK: Arithmetic

    @Test("adds, subtracts, negates and compares in minor units")
    func arithmetic() {
        let a = Money(minorUnits: 150, currency: dkk)
        let b = Money(minorUnits: 50, currency: dkk)

        #expect((a + b).minorUnits == 200)
        #expect((a - b).minorUnits == 100)
        #expect((-a).minorUnits == -150)
        #expect((-a).isNegative)
        #expect(a.isPositive)
        #expect(!Money.zero(dkk).isPositive && !Money.zero(dkk).isNegative)
        #expect(b < a)
        #expect(a <= a)
    }
}
