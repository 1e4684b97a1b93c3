import BWUDomain
import Foundation

public struct PermitEditModel: Sendable {
    public var facility: FacilityRecord
    public var permit: PermitRecord
    /// What was typed when the change was refused; otherwise the permit as stored.
    public var typed: TypedForm

    public init(facility: FacilityRecord, permit: PermitRecord, typed: TypedForm? = nil) {
        self.facility = facility
        self.permit = permit
        self.typed = typed ?? TypedForm(values: [
            "kind": permit.kind.rawValue, "status": permit.status.rawValue, "issuer": permit.issuer, "reference": permit.reference,
            "validFrom": permit.validFrom?.description ?? "", "validUntil": permit.validUntil?.description ?? "",
            "clearanceLevel": permit.clearanceLevel ?? "",
        ])
    }
}

/// One permit of a facility, changed: renewed, refused or revoked. A facility that loses a
/// required permit this way stops being operational (the service suspends it).
public enum PermitEditPage {
    public static func render(_ context: PageContext, _ model: PermitEditModel) -> String {
        let t = context.t
        let form = model.typed
        return Layout.page(context, title: "\(t(.editPermit)): \(model.facility.name)") {
            el("p") { UI.link(t(.facilitiesTitle), .facilities) }
            context.postForm(.updatePermit(facility: model.facility.id, permit: model.permit.id), [cls("panel narrow")]) {
                el("p", [cls("hint")]) { t(.recordPermitHint) }
                if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
                FacilityForms.permitFields(form, scope: "edit", t)
                UI.submitButton(t(.savePermit))
            }
        }
    }
}
