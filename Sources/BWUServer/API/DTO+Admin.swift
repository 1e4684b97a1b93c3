import BWUDomain
import Vapor

struct SessionRequest: RequestBody {
    let email: String, password: String
    static let schema = BodySchema.object(["email": .value, "password": .value])
}

struct ProgrammeRequest: RequestBody {
    let name: String, currency: String
    static let schema = BodySchema.object(["name": .value, "currency": .value])
}

struct FundingSourceRequest: RequestBody {
    let donor: String, legalBasis: String, amount: MoneyDTO
    static let schema = BodySchema.object(["donor": .value, "legalBasis": .value, "amount": MoneyDTO.schema])
}

struct OrganisationRequest: RequestBody {
    let name: String, kind: String, country: String
    static let schema = BodySchema.object(["name": .value, "kind": .value, "country": .value])
}

struct UserRequest: RequestBody {
    let organisationId: UUID, email: String, name: String, password: String, roles: [String], remit: String?
    static let schema = BodySchema.object([
        "organisationId": .value, "email": .value, "name": .value, "password": .value,
        "roles": .array(.value), "remit": .value,
    ])
}
