import Foundation

/// The default allied set for origin of value: the EU member states, the other
/// EEA members and Ukraine (the scope of EDIP's component-value rule).
public enum AlliedCountries {
    /// The 27 EU member states, ISO 3166-1 alpha-2 (Greece as `GR`; `EL` is accepted too).
    public static let europeanUnion: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]
    /// EEA members outside the EU.
    public static let otherEEA: Set<String> = ["IS", "LI", "NO"]
    /// EU + EEA + Ukraine.
    public static let standard: Set<String> = europeanUnion.union(otherEEA).union(["UA"])

    /// Parses a comma-separated list such as `"EU,EEA,UA,GB"`. `EU` and `EEA` expand to
    /// their members (`EEA` means the EU plus IS, LI, NO); other entries are country codes.
    /// - Parameter list: the list; spaces around entries are ignored, case does not matter.
    /// - Returns: the set of country codes, upper-case.
    public static func parse(_ list: String) -> Set<String> {
        var result: Set<String> = []
        for raw in list.split(separator: ",") {
            let entry = raw.trimmingCharacters(in: .whitespaces).uppercased()
            switch entry {
            case "": continue
            case "EU": result.formUnion(europeanUnion)
            case "EEA": result.formUnion(europeanUnion.union(otherEEA))
            default: result.insert(entry)
            }
        }
        return result
    }
}
