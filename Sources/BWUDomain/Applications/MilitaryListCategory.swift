/// A category of the EU Common Military List, ML1 to ML22.
public struct MilitaryListCategory: Hashable, Sendable, CustomStringConvertible {
    public let number: Int

    /// - Parameter code: `ML1` … `ML22`.
    /// - Throws: ``DomainError`` naming `field` when the code is not on the list.
    public init(_ code: String, field: String = "category") throws {
        guard code.hasPrefix("ML"), let number = Int(code.dropFirst(2)), (1...22).contains(number),
              code == "ML\(number)"
        else {
            throw DomainError.invalid(field, "'\(code)' is not an EU Common Military List category (ML1 to ML22)")
        }
        self.number = number
    }

    public var description: String { "ML\(number)" }
}
