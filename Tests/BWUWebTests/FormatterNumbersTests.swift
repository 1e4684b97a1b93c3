import BWUWeb
import Foundation
import Testing

@Suite struct FormatterNumbersTests {
    @Test func percentPerLocale() {
        #expect(Formatter(.en).percent(0.975) == "97.5%")
        #expect(Formatter(.da).percent(0.975) == "97,5\u{A0}%")
        #expect(Formatter(.uk).percent(1) == "100,0\u{A0}%")
        #expect(Formatter(.en).percent(0.0004) == "0.0%")
    }

    @Test func quantitiesAreWholeWhenTheyAreAndChangesCarryTheirSign() {
        #expect(Formatter(.en).quantity(1200) == "1,200")
        #expect(Formatter(.da).quantity(12.25) == "12,3" || Formatter(.da).quantity(12.25) == "12,2")
        #expect(Formatter(.en).signedPoints(0.125) == "+12.5")
        #expect(Formatter(.en).signedPoints(-0.004) == "−0.4")
        #expect(Formatter(.en).signedPoints(0) == "0.0")
    }
}
