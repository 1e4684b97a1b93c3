import BWUDomain
import Foundation

/// The applications the reader may see, filterable by state.
public struct ApplicationsModel: Sendable {
    public var applications: [ApplicationRecord]
    public var total: Int
    public var status: ApplicationStatus?
    public var organisationNames: [UUID: String]

    public init(applications: [ApplicationRecord], total: Int, status: ApplicationStatus?, organisationNames: [UUID: String]) {
        self.applications = applications
        self.total = total
        self.status = status
        self.organisationNames = organisationNames
    }
}

public enum ApplicationsPage {
    public static func render(_ context: PageContext, _ model: ApplicationsModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.applicationsTitle)) {
            if context.has(.manufacturer) {
                el("p") { UI.link(t(.newApplication), .newApplication, [cls("button")]) }
            }
            el("form", [Attribute("method", "get"), Attribute("action", WebRoute.applications(status: nil).path), cls("filters")]) {
                UI.field(name: "status", label: t(.status), value: model.status?.rawValue ?? "",
                         control: .select([("", t(.allStates))] + ApplicationStatus.allCases.map { ($0.rawValue, t(Msg.statusName($0))) }))
                UI.submitButton(t(.filter), secondary: true)
            }
            if model.applications.isEmpty {
                el("p") { t(.noApplications) }
            } else {
                UI.table(
                    caption: "\(t(.applicationsTitle)): \(format.integer(model.total))",
                    headers: [t(.title), t(.applicant), t(.status), t(.requested), t(.updated)], numeric: [3],
                    rows: model.applications.map { application in
                        [UI.link(application.content.title.isEmpty ? t(.untitled) : application.content.title, .application(application.id)),
                         text(model.organisationNames[application.organisationID] ?? ""),
                         UI.statusBadge(application.status, t),
                         text(format.money(application.content.requestedAmount)),
                         text(format.date(application.updatedAt))]
                    })
            }
        }
    }
}
