import BWUDomain

/// The frame around every page: head, skip link, header with menu, session and language
/// switcher, the page's own content in `<main>`, and a footer.
public enum Layout {
    public static func page(_ context: PageContext, title: String, @NodeBuilder content: () -> [Node]) -> String {
        let t = context.t
        let document: Node = .fragment([
            .trusted("<!doctype html>"),
            el("html", [Attribute("lang", context.language.rawValue)]) {
                el("head") {
                    Node.void("meta", [Attribute("charset", "utf-8")])
                    Node.void("meta", [Attribute("name", "viewport"), Attribute("content", "width=device-width, initial-scale=1")])
                    el("title") { "\(title) — bwu" }
                    Node.void("link", [Attribute("rel", "stylesheet"), href(WebRoute.stylesheet.path)])
                }
                el("body") {
                    el("a", [cls("skip"), href("#main")]) { t(.skipToContent) }
                    header(context)
                    el("main", [id("main"), Attribute("tabindex", "-1")]) {
                        el("h1") { title }
                        if let notice = context.notice {
                            el("p", [cls("notice"), Attribute("role", "status")]) { t(notice) }
                        }
                        content()
                    }
                    el("footer") {
                        el("p") { t(.footer) }
                    }
                }
            },
        ])
        return document.rendered
    }

    private static func header(_ context: PageContext) -> Node {
        let t = context.t
        let section = context.currentPath.split(separator: "/").first.map { String($0.split(separator: "?")[0]) } ?? ""
        return el("header", [cls("top")]) {
            el("div", [cls("bar")]) {
                el("a", [cls("brand"), href(WebRoute.home.path)]) {
                    el("span", [cls("flag"), Attribute("aria-hidden", "true")])
                    "bwu · Build with Ukraine"
                }
                if let actor = context.actor {
                    el("div", [cls("session")]) {
                        el("span", [cls("who")]) {
                            el("strong") { actor.email }
                            " · \(Navigation.roleSummary(actor, t))"
                        }
                        context.postForm(.signOut, [cls("inline")]) {
                            el("button", [Attribute("type", "submit"), cls("link-button")]) { t(.signOut) }
                        }
                    }
                }
            }
            if let actor = context.actor {
                el("nav", [Attribute("aria-label", t(.navMain)), cls("main-nav")]) {
                    el("ul") {
                        for item in Navigation.items(for: actor) {
                            el("li") {
                                el("a", [href(item.route.path), Attribute("aria-current", item.section == section ? "page" : nil)]) {
                                    t(item.label)
                                }
                            }
                        }
                    }
                }
            }
            el("nav", [Attribute("aria-label", t(.navLanguage)), cls("languages")]) {
                el("ul") {
                    for language in Language.allCases {
                        el("li") {
                            el("a", [
                                href(WebRoute.language(language, back: context.currentPath).path),
                                Attribute("lang", language.rawValue), Attribute("hreflang", language.rawValue),
                                Attribute("aria-current", language == context.language ? "true" : nil),
                            ]) { language.nativeName }
                        }
                    }
                }
            }
        }
    }
}
