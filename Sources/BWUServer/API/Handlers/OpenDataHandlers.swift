import BWUDomain
import BWUPersistence
import Vapor

enum OpenDataHandlers {
    /// The OCDS release package: public, no sign-in.
    @Sendable static func releases(_ req: Request) async throws -> Response {
        let package = try await OpenDataService(req.services).package(uri: APIRoute.listOCDSReleases.url())
        let response = Response(status: .ok, body: .init(string: package.serialized))
        response.headers.contentType = .json
        return response
    }
}
