import BWUDomain

/// What every page needs besides its own data: who is looking, in which language, and the
/// token that every form must carry back.
public struct PageContext: Sendable {
    public let language: Language
    /// `nil` on the sign-in page and error pages seen before signing in.
    public let actor: Actor?
    /// The per-session anti-forgery token put into every POST form.
    public let csrfToken: String
    /// The path (with query) of this page, so switching language comes back to it.
    public let currentPath: String
    /// A confirmation after a form was accepted (from the redirect's `notice` parameter).
    public let notice: Msg?

    public init(language: Language, actor: Actor?, csrfToken: String, currentPath: String, notice: Msg? = nil) {
        self.language = language
        self.actor = actor
        self.csrfToken = csrfToken
        self.currentPath = currentPath
        self.notice = notice
    }

    public var t: Language { language }
    public var format: Formatter { Formatter(language) }

    public func has(_ role: Role) -> Bool { actor?.has(role) ?? false }

    /// The hidden field every POST form carries.
    public var csrfField: Node {
        input([Attribute("type", "hidden"), Attribute("name", "csrf"), Attribute("value", csrfToken)])
    }

    /// A POST form with the anti-forgery field already inside.
    public func postForm(_ route: WebRoute, _ attributes: [Attribute] = [], @NodeBuilder _ body: () -> [Node]) -> Node {
        .element("form", [Attribute("method", "post"), Attribute("action", route.path)] + attributes, [csrfField] + body())
    }
}
