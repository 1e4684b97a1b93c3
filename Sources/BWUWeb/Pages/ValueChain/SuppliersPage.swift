import BWUDomain
import Foundation

/// One supplier of the register as the pages show it.
public struct SupplierEntry: Sendable {
    public var organisationID: UUID
    public var name: String
    public var profile: SupplierProfile

    public init(organisationID: UUID, name: String, profile: SupplierProfile) {
        self.organisationID = organisationID
        self.name = name
        self.profile = profile
    }
}

public struct SuppliersModel: Sendable {
    public var suppliers: [SupplierEntry]
    /// The day certifications are counted valid on.
    public var today: CalendarDate

    public init(suppliers: [SupplierEntry], today: CalendarDate) {
        self.suppliers = suppliers
        self.today = today
    }
}

/// The supplier register: what each Danish or European supplier makes, is certified for and can add.
public enum SuppliersPage {
    public static func render(_ context: PageContext, _ model: SuppliersModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.suppliersTitle)) {
            if context.has(.supplier) {
                el("p") { UI.link(t(.editProfile), .supplierProfile, [cls("button secondary")]) }
            }
            if model.suppliers.isEmpty {
                el("p") { t(.noSuppliers) }
            } else {
                UI.table(
                    caption: t(.suppliersTitle),
                    headers: [t(.supplier), t(.categories), t(.codes), t(.certifications), t(.clearance), t(.country),
                              t(.leadTimeWeeks), t(.capacityPerWeek)],
                    numeric: [6, 7],
                    rows: model.suppliers.map { entry in
                        let profile = entry.profile
                        let certified = profile.validCertifications(on: model.today).map(\.name)
                        return [
                            el("span") {
                                entry.name
                                if entry.organisationID == context.actor?.organisationID { " (\(t(.yours)))" }
                            },
                            text(profile.categories.joined(separator: ", ")),
                            codes(profile, t),
                            text(certified.joined(separator: ", ")),
                            text(t(.clearanceName(profile.clearance))),
                            text(profile.country),
                            text(format.integer(profile.typicalLeadTimeWeeks)),
                            text(format.quantity(profile.capacityPerWeek)),
                        ]
                    })
            }
        }
    }

    /// CPV codes and NATO Stock Numbers, each labelled, one per line.
    static func codes(_ profile: SupplierProfile, _ t: Language) -> Node {
        el("ul", [cls("plain")]) {
            for code in profile.cpvCodes { el("li") { "CPV \(code)" } }
            for nsn in profile.nsns { el("li") { "NSN \(nsn)" } }
        }
    }
}
