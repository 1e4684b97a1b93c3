import BWUDomain
import BWUWeb
import Foundation
import Testing

@Suite struct FormatterTests {
    let envelope = Money(minorUnits: 50_000_000_000, currency: .dkk)

    @Test func moneyPerLocale() {
        #expect(Formatter(.en).money(envelope) == "DKK\u{A0}500,000,000.00")
        #expect(Formatter(.da).money(envelope) == "DKK\u{A0}500.000.000,00")
        #expect(Formatter(.uk).money(envelope) == "500\u{A0}000\u{A0}000,00\u{A0}DKK")
    }

    @Test func smallNegativeAndZeroDecimalAmounts() throws {
        #expect(Formatter(.da).money(Money(minorUnits: -5, currency: .dkk)) == "DKK\u{A0}−0,05")
        #expect(Formatter(.en).money(Money(minorUnits: 999, currency: .dkk)) == "DKK\u{A0}9.99")
        #expect(Formatter(.en).money(Money(minorUnits: 1234, currency: try CurrencyCode("JPY"))) == "JPY\u{A0}1,234")
        #expect(Formatter(.uk).money(Money(minorUnits: Int64.max, currency: .dkk)) == "92\u{A0}233\u{A0}720\u{A0}368\u{A0}547\u{A0}758,07\u{A0}DKK")
    }

    @Test func datesPerLocale() throws {
        let date = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21 14:13 UTC
        #expect(Formatter(.en).date(date) == "21 Sep 2026")
        #expect(Formatter(.da).date(date) == "21. sep. 2026")
        #expect(Formatter(.uk).date(date) == "21.09.2026")
        #expect(Formatter(.uk).date(try CalendarDate("2027-01-05", field: "d")) == "05.01.2027")
        #expect(Formatter(.en).dateTime(date).hasSuffix("UTC"))
    }

    @Test func acceptLanguagePicksFirstSupported() {
        #expect(Language.preferred(acceptLanguage: "uk-UA,uk;q=0.9,en;q=0.8") == .uk)
        #expect(Language.preferred(acceptLanguage: "fr-FR, da;q=0.7, en;q=0.5") == .da)
        #expect(Language.preferred(acceptLanguage: "fr") == .en)
        #expect(Language.preferred(acceptLanguage: nil) == .en)
    }
}
