import Foundation

extension WebClient.Page {
    /// Every form action on the page, in order.
    var actions: [String] { body.values(after: "action=\"") }

    /// Every link on the page that starts with `prefix` (query and fragment kept).
    func links(startingWith prefix: String) -> [String] {
        body.values(after: "href=\"").filter { $0.hasPrefix(prefix) }
    }

    /// The value of the hidden field `name` inside the form posting to `action`.
    func hidden(_ name: String, inFormTo action: String) -> String? {
        guard let start = body.range(of: "action=\"\(action)\"")?.upperBound else { return nil }
        let form = body[start...]
        let end = form.range(of: "</form>")?.lowerBound ?? form.endIndex
        return String(form[..<end]).firstMatch(after: "name=\"\(name)\" value=\"")
    }
}

extension String {
    /// The attribute values that follow each occurrence of `prefix`, up to the closing quote.
    func values(after prefix: String) -> [String] {
        components(separatedBy: prefix).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The path of a redirect's location without its query.
    var pathOnly: String { String(split(separator: "?")[0]) }
}
