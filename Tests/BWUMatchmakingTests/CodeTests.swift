import BWUDomain
import Testing

/// NATO Stock Numbers and CPV codes: the forms a supplier types, and the refusals it reads.
@Suite struct CodeTests {
    @Test func aNATOStockNumberIsReadInBothFormsAndSplitIntoItsParts() throws {
        let grouped = try NATOStockNumber("5895-12-345-6789")
        let plain = try NATOStockNumber("5895123456789")
        #expect(grouped == plain)
        #expect(plain.description == "5895-12-345-6789")
        #expect(plain.supplyClass == "5895")
        #expect(plain.codificationBureau == "12")
        #expect(plain.niin == "123456789")
    }

    @Test(arguments: [
        ("5895-12-345-678", "13 digits"),
        ("5895-12-345-678X", "13 digits"),
        ("58-9512-345-6789", "grouped wrongly"),
        ("0895-12-345-6789", "supply groups run from 10 to 99"),
        ("", "13 digits"),
    ])
    func aMalformedNATOStockNumberIsRefusedWithTheReason(_ text: String, _ reason: String) {
        #expect {
            try NATOStockNumber(text, field: "nsns[0]")
        } throws: { error in
            guard let error = error as? DomainError else { return false }
            return error.field == "nsns[0]" && error.reason.contains(reason)
        }
    }

    @Test func aCPVCodeIsReadWithOrWithoutItsCheckDigitAndBroaderCodesCoverNarrowerOnes() throws {
        let weapons = try CPVCode("35300000-6")
        let narrow = try CPVCode("35321000")
        #expect(weapons.significant == "353")
        #expect(weapons.sharedLevel(with: narrow) == 3)
        #expect(try CPVCode("38651000-3").sharedLevel(with: CPVCode("38651000")) == 5)
        #expect(try CPVCode("38651000").sharedLevel(with: CPVCode("35300000")) == 0)
    }

    @Test(arguments: [("3530000-6", "8 digits"), ("35300000-66", "8 digits"), ("12300000-1", "not a CPV division"), ("ABCDEFGH", "8 digits")])
    func aMalformedCPVCodeIsRefusedWithTheReason(_ text: String, _ reason: String) {
        #expect {
            try CPVCode(text, field: "cpvCodes[1]")
        } throws: { error in
            (error as? DomainError).map { $0.field == "cpvCodes[1]" && $0.reason.contains(reason) } ?? false
        }
    }

    @Test func aProfileIsCheckedFieldByFieldAndItsCodesWrittenCanonically() throws {
        var profile = SupplierProfile(categories: ["flight controllers"], cpvCodes: ["35300000-6"], nsns: ["5895123456789"], certifications: [],
                                      clearance: .restricted, country: "cz", typicalLeadTimeWeeks: 3, capacityPerWeek: 20, description: "")
        let valid = try profile.validated()
        #expect(valid.nsns == ["5895-12-345-6789"])
        #expect(valid.country == "CZ")

        profile.nsns = ["5895123456789", "12"]
        #expect(throws: DomainError.self) { try profile.validated() }
        profile.nsns = []
        profile.capacityPerWeek = 0
        #expect { try profile.validated() } throws: { ($0 as? DomainError)?.field == "capacityPerWeek" }
    }
}
