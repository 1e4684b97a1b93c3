import BWUDomain
import Fluent
import Foundation

final class ProgrammeModel: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "currency") var currency: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, currency: CurrencyCode) {
        self.id = id
        self.name = name
        self.currency = currency.code
    }

    func currencyCode() throws -> CurrencyCode { try CurrencyCode(currency) }
}

final class FundingSourceModel: Model, @unchecked Sendable {
    static let schema = "funding_sources"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "donor") var donor: String
    @Field(key: "legal_basis") var legalBasis: String
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "currency") var currency: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, programmeID: UUID, donor: String, legalBasis: String, amount: Money) {
        self.id = id
        self.$programme.id = programmeID
        self.donor = donor
        self.legalBasis = legalBasis
        self.amountMinor = amount.minorUnits
        self.currency = amount.currency.code
    }

    func record() throws -> FundingSourceRecord {
        FundingSourceRecord(
            id: try requireID(), programmeID: $programme.id, donor: donor, legalBasis: legalBasis,
            amount: Money(minorUnits: amountMinor, currency: try CurrencyCode(currency)),
            createdAt: createdAt ?? Date(timeIntervalSince1970: 0))
    }
}
