import BWUPersistence
import Vapor

/// Bcrypt (cost 12 in production; tests lower it) behind the persistence protocol.
public struct BcryptHasher: PasswordHashing {
    public var cost: Int

    public init(cost: Int = 12) { self.cost = cost }

    public func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, against hash: String) throws -> Bool {
        try Bcrypt.verify(password, created: hash)
    }
}
