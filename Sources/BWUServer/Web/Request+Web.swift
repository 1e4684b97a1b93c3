import BWUDomain
import BWUWeb
import Vapor

extension Request {
    /// Everything the layout needs about this request.
    func pageContext(notice: Msg? = nil) -> PageContext {
        let notice = notice ?? query[String.self, at: "notice"].flatMap(Notice.init(rawValue:)).map(Msg.notice)
        return PageContext(language: language, actor: webSession?.actor, csrfToken: csrfToken,
                           currentPath: url.string, notice: notice)
    }

    /// The posted `application/x-www-form-urlencoded` fields, names kept verbatim.
    func formFields() -> [String: String] {
        guard let buffer = body.data else { return [:] }
        return FormData.parse(String(buffer: buffer))
    }

    /// Posted fields after the anti-forgery check.
    func checkedForm() throws -> [String: String] {
        let fields = formFields()
        try requireCSRF(fields["csrf"])
        return fields
    }

    /// Runs `action`; a refusal the reader can correct (invalid or conflicting input) shows the
    /// form again through `page`, with what was typed and the reason beside the field it names
    /// (one of `fields`), or above the form.
    func refusing(
        values: [String: String], fields: [String], page: (TypedForm, HTTPResponseStatus) async throws -> Response,
        _ action: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await action()
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            let field = error.field.flatMap { fields.contains($0) ? $0 : nil } ?? "form"
            return try await page(TypedForm(values: values, errors: [field: language.reason(error)]), httpStatus(for: error))
        }
    }
}

enum WebResponse {
    /// An HTML page with headers that keep it from being framed, sniffed or cached.
    static func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: "Content-Security-Policy",
                             value: "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: body))
    }

    /// After a form was accepted: 303 so reloading the next page does not post again.
    static func redirect(_ route: WebRoute, notice: Notice? = nil) -> Response {
        var path = route.path
        if let notice { path += (path.contains("?") ? "&" : "?") + "notice=" + notice.rawValue }
        let response = Response(status: .seeOther)
        response.headers.replaceOrAdd(name: .location, value: path)
        return response
    }

    static func download(_ body: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}

/// The status a page answers for a refusal from the services.
func httpStatus(for error: DomainError) -> HTTPResponseStatus {
    switch error.kind {
    case .invalid: .unprocessableEntity
    case .conflict: .conflict
    case .forbidden: .forbidden
    case .notFound: .notFound
    case .rateLimited: .tooManyRequests
    case .unauthenticated: .unauthorized
    }
}
