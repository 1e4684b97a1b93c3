import BWUPersistence
import Vapor

/// Bcrypt (cost 12 in production, lower only where a test asks) behind the persistence protocol.
struct BcryptHasher: PasswordHashing {
    var cost: Int = 10

    func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    func verify(_ password: String, against hash: String) throws -> Bool {
        try Bcrypt.verify(password, created: hash)
    }
}
