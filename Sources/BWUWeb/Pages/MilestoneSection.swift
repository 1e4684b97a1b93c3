import BWUDomain
import Foundation

/// One milestone of a grant: its plan, its evidence, and the one next step the reader may take.
enum MilestoneSection {
    static func render(_ context: PageContext, _ model: GrantDetailModel, _ milestone: MilestoneRecord) -> Node {
        let t = context.t, format = context.format
        let evidence = model.evidence[milestone.id] ?? []
        let headingID = "m-\(milestone.sequence)"
        return el("article", [cls("milestone"), Attribute("aria-labelledby", headingID)]) {
            el("h3", [id(headingID)]) { "\(milestone.sequence). \(milestone.plan.description)" }
            UI.facts([
                (t(.status), UI.milestoneBadge(milestone.status, t)),
                (t(.amount), text(format.money(milestone.plan.amount))),
                (t(.dueDate), text(format.date(milestone.plan.dueDate))),
                (t(.evidenceRequired), text(milestone.plan.evidenceRequired)),
            ])
            if !evidence.isEmpty {
                UI.table(
                    caption: t(.evidence), headers: [t(.description), t(.document), t(.submittedBy), t(.decision)],
                    rows: evidence.map { item in
                        [text(item.description), document(item, format),
                         text("\(model.person(item.submittedBy, context)), \(format.dateTime(item.submittedAt))"),
                         text(item.status == .pending ? t(.awaitingDecision)
                              : "\(t(item.status == .verified ? .verifiedBy : .rejectedBy)) \(model.person(item.decidedBy, context)): \(item.decisionReason ?? "")")]
                    })
            }
            step(context, model, milestone, evidence)
        }
    }

    private static func document(_ item: EvidenceRecord, _ format: Formatter) -> Node {
        var parts: [String] = []
        if let reference = item.reference, !reference.isEmpty { parts.append(reference) }
        if let name = item.fileName {
            parts.append("\(name) (\(format.integer(item.fileSize ?? 0)) B, SHA-256 \(item.fileSHA256?.prefix(12) ?? "")…)")
        }
        return text(parts.joined(separator: " · "))
    }

    private static func step(_ context: PageContext, _ model: GrantDetailModel, _ milestone: MilestoneRecord, _ evidence: [EvidenceRecord]) -> Node {
        let t = context.t
        let grant = model.grant
        let errors = model.errors[milestone.id] ?? [:]
        let typed = model.typed[milestone.id] ?? [:]
        let prefix = "m\(milestone.sequence)"
        switch milestone.status {
        case .open where context.has(.manufacturer) && context.actor?.organisationID == grant.organisationID:
            return context.postForm(.submitEvidence(grant: grant.id, milestone: milestone.id),
                                    [Attribute("enctype", "multipart/form-data"), cls("panel")]) {
                el("h4") { t(.submitEvidence) }
                UI.field(name: "description", label: t(.description), value: typed["description"] ?? "", error: errors["description"],
                         control: .textarea, required: true, scope: prefix)
                UI.field(name: "reference", label: t(.documentReference), value: typed["reference"] ?? "", error: errors["reference"],
                         hint: t(.referenceHint), scope: prefix)
                UI.field(name: "file", label: t(.file), error: errors["file"], control: .file, scope: prefix)
                UI.submitButton(t(.submitEvidence))
            }
        case .evidenceSubmitted where context.has(.programmeOfficer):
            let pending = evidence.first { $0.status == .pending }
            if let pending, pending.submittedBy == context.actor?.userID {
                return el("p", [cls("rule-applied")]) { t(.sodYouSubmitted) }
            }
            return context.postForm(.decideEvidence(grant: grant.id, milestone: milestone.id), [cls("panel")]) {
                el("h4") { t(.decideEvidence) }
                UI.field(name: "reason", label: t(.reason), value: typed["reason"] ?? "", error: errors["reason"], control: .textarea,
                         hint: t(.reasonHint), scope: prefix)
                el("div", [cls("actions")]) {
                    UI.submitButton(t(.verify), name: "decision", value: "verify")
                    UI.submitButton(t(.reject), name: "decision", value: "reject", secondary: true)
                }
            }
        case .verified:
            let verifier = model.person(milestone.verifiedBy, context)
            return el("div", [cls("panel")]) {
                el("p") { "\(t(.verifiedBy)) \(verifier)." }
                if context.has(.financeOfficer) {
                    if milestone.verifiedBy == context.actor?.userID {
                        el("p", [cls("rule-applied")]) { t(.sodYouVerified) }
                    } else {
                        el("p", [cls("hint")]) { t(.sodYouMayPay) }
                        context.postForm(.disburse(grant: grant.id, milestone: milestone.id), [cls("inline")]) {
                            input([Attribute("type", "hidden"), Attribute("name", "idempotencyKey"),
                                   Attribute("value", model.paymentKeys[milestone.id] ?? UUID().uuidString)])
                            UI.submitButton("\(t(.disburse)) \(context.format.money(milestone.plan.amount))")
                        }
                    }
                } else {
                    el("p", [cls("hint")]) { "\(t(.sodVerifierCannotPay)) (\(verifier))" }
                }
            }
        case .disbursed:
            let payment = model.disbursements.first { $0.milestoneID == milestone.id }
            return el("p", [cls("paid")]) {
                if let payment {
                    "\(t(.paidOn)) \(context.format.dateTime(payment.createdAt)) · \(t(.paidBy)) \(model.person(payment.disbursedBy, context)) · \(t(.verifiedBy)) \(model.person(milestone.verifiedBy, context))"
                } else {
                    t(.milestoneStatus(.disbursed))
                }
            }
        default:
            return .empty
        }
    }
}
