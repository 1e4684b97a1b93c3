/// The sign-in form. The e-mail typed is kept when the sign-in fails; the password never is.
public enum SignInPage {
    public static func render(_ context: PageContext, email: String = "", error: Msg? = nil) -> String {
        let t = context.t
        return Layout.page(context, title: t(.signInTitle)) {
            el("p") { t(.signInIntro) }
            context.postForm(.signIn, [cls("narrow"), Attribute("novalidate", "")]) {
                if let error { el("p", [cls("error-summary"), Attribute("role", "alert")]) { t(error) } }
                UI.field(name: "email", label: t(.email), value: email, control: .email, required: true,
                         extra: [Attribute("autocomplete", "username")])
                UI.field(name: "password", label: t(.password), control: .password, required: true,
                         extra: [Attribute("autocomplete", "current-password")])
                UI.submitButton(t(.signIn))
            }
        }
    }
}

/// An HTML error page: what went wrong in the reader's language, and a way back.
public enum ErrorPage {
    /// - Parameter back: the page the refused request came from, when known; offered first as the way back,
    ///   since that is where the reader can see what changed and try again.
    public static func render(_ context: PageContext, status: Int, detail: String?, back: String? = nil) -> String {
        let t = context.t
        let title: String = switch status {
        case 401: t(.errorSignIn)
        case 403: t(.errorForbidden)
        case 404: t(.errorNotFound)
        case 400..<500: t(.errorBadRequest)
        default: t(.errorServer)
        }
        return Layout.page(context, title: title) {
            el("p", [cls("status-code")]) { "\(t(.errorCode)) \(status)" }
            if let detail { el("p") { detail } }
            el("p") {
                if context.actor == nil {
                    UI.link(t(.signIn), .signIn)
                } else {
                    if let back {
                        el("a", [href(back)]) { t(.backToPrevious) }
                        " · "
                    }
                    UI.link(t(.backToDashboard), .dashboard)
                }
            }
        }
    }
}
