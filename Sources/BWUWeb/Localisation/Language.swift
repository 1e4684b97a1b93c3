/// The languages every page is offered in.
public enum Language: String, CaseIterable, Sendable {
    case en, da, uk

    /// The language's own name, as shown in the switcher (a reader looks for their own language).
    public var nativeName: String {
        switch self {
        case .en: "English"
        case .da: "Dansk"
        case .uk: "Українська"
        }
    }

    /// Picks the first supported language from an `Accept-Language` header, else English.
    public static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty else { return nil }
            var weight = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                weight = Double(piece.dropFirst(2)) ?? 0
            }
            return (tag.lowercased(), weight)
        }
        for (tag, _) in ranked.sorted(by: { $0.1 > $1.1 }) {
            let primary = String(tag.split(separator: "-").first ?? "")
            if let language = Language(rawValue: primary) { return language }
        }
        return .en
    }

    /// Looks a message up; a missing translation falls back to English rather than a blank.
    public func callAsFunction(_ key: Msg) -> String {
        Catalogue.table(for: self)[key] ?? Catalogue.english[key] ?? "\(key)"
    }
}
