import BWUDomain
import Foundation

/// One application: its content, the three ministries' verdicts, the reader's own actions
/// (edit and submit, review, make the grant) and its history.
public struct ApplicationDetailModel: Sendable {
    public var application: ApplicationRecord
    public var organisationName: String
    public var history: [HistoryEntry]
    /// What the reviewer typed when a review was refused, kept for the form.
    public var review: ReviewFormState
    /// The envelope's available money, shown to the programme officer beside "make grant".
    public var available: Money?
    public var grantID: UUID?

    public init(
        application: ApplicationRecord, organisationName: String, history: [HistoryEntry],
        review: ReviewFormState = ReviewFormState(), available: Money? = nil, grantID: UUID? = nil
    ) {
        self.application = application
        self.organisationName = organisationName
        self.history = history
        self.review = review
        self.available = available
        self.grantID = grantID
    }
}

public struct ReviewFormState: Sendable {
    public var verdict: String
    public var reason: String
    public var errors: [String: String]

    public init(verdict: String = "", reason: String = "", errors: [String: String] = [:]) {
        self.verdict = verdict
        self.reason = reason
        self.errors = errors
    }
}

public enum ApplicationDetailPage {
    public static func render(_ context: PageContext, _ model: ApplicationDetailModel) -> String {
        let t = context.t, format = context.format
        let application = model.application
        let content = application.content
        return Layout.page(context, title: content.title.isEmpty ? t(.untitled) : content.title) {
            UI.facts([
                (t(.applicant), text(model.organisationName)),
                (t(.status), UI.statusBadge(application.status, t)),
                (t(.round), text(format.integer(application.round))),
                (t(.requested), text(format.money(content.requestedAmount))),
                (t(.siteAddress), text(content.siteAddress)),
                (t(.municipality), text(content.municipality)),
                (t(.deliveryCommitment), text(content.deliveryCommitment)),
            ])
            actions(context, model)
            reviews(context, model)
            el("section", [Attribute("aria-labelledby", "lines-heading")]) {
                el("h2", [id("lines-heading")]) { t(.productLines) }
                UI.table(caption: t(.productLines), headers: [t(.name), t(.category), t(.capacityPerMonth)], numeric: [2],
                         rows: content.productLines.map { [text($0.name), text($0.category.description), text(format.integer($0.capacityPerMonth))] })
            }
            el("section", [Attribute("aria-labelledby", "plan-heading")]) {
                el("h2", [id("plan-heading")]) { t(.milestones) }
                UI.table(caption: t(.milestones), headers: [t(.description), t(.amount), t(.dueDate), t(.evidenceRequired)], numeric: [1],
                         rows: content.milestones.map {
                             [text($0.description), text(format.money($0.amount)), text(format.date($0.dueDate)), text($0.evidenceRequired)]
                         })
            }
            el("section", [Attribute("aria-labelledby", "history-heading")]) {
                el("h2", [id("history-heading")]) { t(.history) }
                HistoryEntry.render(model.history, context)
            }
        }
    }

    private static func actions(_ context: PageContext, _ model: ApplicationDetailModel) -> Node {
        let t = context.t
        let application = model.application
        return el("div", [cls("actions")]) {
            if context.has(.manufacturer) && application.status.isEditable {
                UI.link(t(.edit), .editApplication(application.id), [cls("button secondary")])
                context.postForm(.submitApplication(application.id), [cls("inline")]) {
                    UI.submitButton(t(.submit))
                }
            }
            if context.has(.programmeOfficer) && application.status == .approved {
                context.postForm(.makeGrant(application: application.id), [cls("inline")]) {
                    if let available = model.available {
                        el("p", [cls("hint")]) {
                            t(.grantCommitHint) + " " + context.format.money(application.content.requestedAmount)
                                + " · " + t(.available) + ": " + context.format.money(available)
                        }
                    }
                    UI.submitButton(t(.makeGrant))
                }
            }
            if let grantID = model.grantID {
                UI.link(t(.openGrant), .grant(grantID), [cls("button secondary")])
            }
        }
    }

    /// The three ministries side by side for the current round, so each reviewer sees the
    /// others' verdicts before writing its own; earlier rounds below.
    private static func reviews(_ context: PageContext, _ model: ApplicationDetailModel) -> Node {
        let t = context.t, format = context.format
        let application = model.application
        let current = application.reviews.filter { $0.round == application.round }
        let earlier = application.reviews.filter { $0.round != application.round }.sorted { $0.createdAt < $1.createdAt }
        let ownRemit = context.has(.reviewer) ? context.actor?.remit : nil
        return el("section", [Attribute("aria-labelledby", "reviews-heading")]) {
            el("h2", [id("reviews-heading")]) { t(.reviews) }
            if application.round > 0 {
                UI.table(
                    caption: "\(t(.reviewsOfRound)) \(application.round)", headers: [t(.ministry), t(.verdict), t(.reason), t(.date)],
                    rows: Remit.allCases.map { remit in
                        let review = current.first { $0.remit == remit }
                        let ministry = t(Msg.ministryName(remit)) + (remit == ownRemit ? " (\(t(.yours)))" : "")
                        return [text(ministry),
                                review.map { UI.badge(t(Msg.verdictName($0.verdict)), tone: $0.verdict == .approve ? "good" : $0.verdict == .reject ? "bad" : "warn") }
                                    ?? UI.badge(t(.awaitingReview), tone: "neutral"),
                                text(review?.reason ?? ""), text(review.map { format.dateTime($0.createdAt) } ?? "")]
                    })
            } else {
                el("p") { t(.notYetSubmitted) }
            }
            if let remit = ownRemit, application.status == .submitted, current.first(where: { $0.remit == remit }) == nil {
                reviewForm(context, application.id, remit: remit, state: model.review)
            }
            if !earlier.isEmpty {
                el("details") {
                    el("summary") { t(.earlierRounds) }
                    UI.table(caption: t(.earlierRounds), headers: [t(.round), t(.ministry), t(.verdict), t(.reason)], numeric: [0],
                             rows: earlier.map { [text(String($0.round)), text(t(Msg.ministryName($0.remit))), text(t(Msg.verdictName($0.verdict))), text($0.reason)] })
                }
            }
        }
    }

    private static func reviewForm(_ context: PageContext, _ id: UUID, remit: Remit, state: ReviewFormState) -> Node {
        let t = context.t
        return context.postForm(.reviewApplication(id), [cls("panel")]) {
            el("h3") { "\(t(.yourReview)) — \(t(Msg.ministryName(remit)))" }
            el("fieldset", [cls(state.errors["verdict"] == nil ? nil : "has-error"),
                            Attribute("aria-describedby", state.errors["verdict"] == nil ? nil : "f-verdict-error")]) {
                el("legend") { t(.verdict) }
                for verdict in ReviewVerdict.allCases {
                    el("div", [cls("choice")]) {
                        input([Attribute("type", "radio"), Attribute("name", "verdict"), Attribute("value", verdict.rawValue),
                               UIKit.id("f-verdict-\(verdict.rawValue)"), Attribute.flag("checked", state.verdict == verdict.rawValue)])
                        el("label", [Attribute("for", "f-verdict-\(verdict.rawValue)")]) { t(Msg.verdictName(verdict)) }
                    }
                }
                if let error = state.errors["verdict"] { el("p", [cls("error"), UIKit.id("f-verdict-error")]) { error } }
            }
            UI.field(name: "reason", label: t(.reason), value: state.reason, error: state.errors["reason"], control: .textarea, required: true)
            UI.submitButton(t(.recordReview))
        }
    }
}

/// `id` is also a parameter name in this file; this alias reaches the attribute helper.
enum UIKit {
    static func id(_ value: String) -> Attribute { Attribute("id", value) }
}
