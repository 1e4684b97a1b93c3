/// A piece of an HTML document. Text and attribute values are escaped when rendered, so a
/// page cannot be broken (or scripted) by anything a user typed: there is no way to put
/// unescaped user text into a node.
public indirect enum Node: Sendable {
    case element(String, [Attribute], [Node])
    /// An element with no content and no end tag (`<input>`, `<br>`, `<meta>`).
    case void(String, [Attribute])
    case text(String)
    case fragment([Node])
    /// Markup written by this module itself (the doctype); never built from input.
    case trusted(StaticString)

    public static let empty = Node.fragment([])

    /// Renders the node into `out`; one growing string is far cheaper than joining pieces.
    public func render(into out: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            out += "<" + name
            for attribute in attributes { attribute.render(into: &out) }
            out += ">"
            for child in children { child.render(into: &out) }
            out += "</" + name + ">"
        case .void(let name, let attributes):
            out += "<" + name
            for attribute in attributes { attribute.render(into: &out) }
            out += ">"
        case .text(let text):
            Escape.text(text, into: &out)
        case .fragment(let children):
            for child in children { child.render(into: &out) }
        case .trusted(let markup):
            out += markup.description
        }
    }

    public var rendered: String {
        var out = ""
        out.reserveCapacity(16 * 1024)
        render(into: &out)
        return out
    }
}

/// One attribute: a name chosen by the code, a value escaped on output. `nil` values and
/// `false` flags are left out, so optional attributes read naturally at the call site.
public struct Attribute: Sendable {
    let name: String
    let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// A boolean attribute such as `required` or `checked`: present only when `on`.
    public static func flag(_ name: String, _ on: Bool = true) -> Attribute {
        Attribute(name, on ? "" : nil)
    }

    func render(into out: inout String) {
        guard let value else { return }
        out += " " + name
        if value.isEmpty { return }
        out += "=\""
        Escape.attribute(value, into: &out)
        out += "\""
    }
}

/// Escaping for the two places text goes in HTML.
public enum Escape {
    public static func text(_ text: String, into out: inout String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(character)
            }
        }
    }

    public static func attribute(_ text: String, into out: inout String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
    }
}
